using Affido.Domain;
using Affido.Matching;
using Affido.TestSupport.Matching;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Affido.Matching.Tests.Support;

/// <summary>Request generators and an example-test fixture (one eligible carer, one request) to vary with <c>with</c>.</summary>
internal static class Fixtures
{
    public static readonly LocalDate Start = PropertyRegistry.ReferenceDate;

    public static Municipality Town(int index) => SyntheticTerritory.Small.Municipalities[index];

    /// <summary>A random valid request over the small territory, from a seed.</summary>
    public static Gen<MatchRequest> Request { get; } =
        from seed in Gen.Choose(0, int.MaxValue - 1)
        select Random(new Random(seed));

    public static MatchRequest Random(Random random)
    {
        var territory = SyntheticTerritory.Small.Municipalities;
        int size = random.Next(100) < 70 ? 1 : random.Next(2, 4);
        var group = size > 1 ? new SiblingGroupId("S" + random.Next(1000)) : (SiblingGroupId?)null;
        var start = Start.PlusDays(random.Next(-60, 60));
        var minors = new List<Minor>();
        int first = random.Next(RegistryGenerators.PersonPool);
        for (int i = 0; i < size; i++)
        {
            var needs = NeedProfile.None;
            for (int c = 0; c < NeedProfile.CategoryCount; c++)
            {
                int roll = random.Next(100);
                needs = needs.With((NeedCategory)c, roll < 70 ? NeedLevel.None : roll < 88 ? NeedLevel.Low : roll < 97 ? NeedLevel.Medium : NeedLevel.High);
            }

            minors.Add(new Minor(
                new MinorCode(PropertyRegistry.MinorPerson(RegistryGenerators.PersonPool, first + i)),
                start.PlusDays(-random.Next(0, 17 * 365)),
                random.Next(2) == 0 ? Sex.Female : Sex.Male,
                Needs: needs,
                SiblingGroup: group));
        }

        var languages = new List<LanguageCode>();
        if (random.Next(100) < 60)
        {
            languages.Add(new LanguageCode(PropertyRegistry.CommonLanguages[random.Next(PropertyRegistry.CommonLanguages.Count)]));
        }

        if (random.Next(100) < 20)
        {
            languages.Add(new LanguageCode("x" + random.Next(0, 90).ToString("00", System.Globalization.CultureInfo.InvariantCulture)));
        }

        var backgrounds = new List<BackgroundTag>();
        if (random.Next(100) < 40)
        {
            backgrounds.Add(new BackgroundTag(PropertyRegistry.BackgroundTags[random.Next(PropertyRegistry.BackgroundTags.Count)]));
        }

        var conflicting = new List<PersonCode>();
        int conflicts = random.Next(100) < 40 ? random.Next(1, 4) : 0;
        for (int i = 0; i < conflicts; i++)
        {
            conflicting.Add(new PersonCode("P" + random.Next(RegistryGenerators.PersonPool)));
        }

        return new MatchRequest(
            "R" + random.Next(100000),
            minors.ToValueArray(),
            random.Next(100) < 80 ? PlacementForm.Ordinary : (PlacementForm)random.Next(5),
            random.Next(100) < 80 ? TimeArrangement.FullTime : TimeArrangement.PartTime,
            start,
            Period.FromMonths(random.Next(1, 30)),
            territory[random.Next(territory.Count)],
            School: random.Next(2) == 0 ? territory[random.Next(territory.Count)] : null,
            Protection: (ProtectionConstraint)(random.Next(100) switch { < 70 => 0, < 85 => 1, _ => 2 }),
            Languages: languages.ToValueArray(),
            Backgrounds: backgrounds.ToValueArray(),
            KinshipOnly: random.Next(100) < 15,
            IncludeInAssessment: random.Next(100) < 25,
            ConflictingPersons: conflicting.ToValueArray());
    }

    /// <summary>A 9-year-old with no special needs, from the first town, ordinary full-time placement for 12 months.</summary>
    public static MatchRequest Example(params Minor[] minors) => new(
        "R-1",
        minors.Length == 0 ? [Child("M1", 9)] : minors.ToValueArray(),
        PlacementForm.Ordinary,
        TimeArrangement.FullTime,
        Start,
        Period.FromMonths(12),
        Town(0));

    public static Minor Child(string code, int years, SiblingGroupId? group = null, NeedProfile needs = default)
        => new(new MinorCode(code), Start.PlusYears(-years).PlusDays(-10), Sex.Female, Needs: needs, SiblingGroup: group);

    /// <summary>An approved, consenting carer in town 5 who accepts every form, 0–17, 3 places, every need, available for years.</summary>
    public static FosterCarer EligibleCarer(string code) => new(
        new CarerCode(code),
        Town(5),
        new Household(HouseholdType.Couple),
        new Experience(2, 20),
        AssessmentStatus.Approved,
        new DataProcessingConsent(Start.PlusDays(-100)),
        new FosterCareService("Servizio affidi", "Via Roma 1", "000", "affidi@example.org"),
        new Availability(
            [PlacementForm.Ordinary, PlacementForm.Emergency, PlacementForm.Professional, PlacementForm.UnaccompaniedForeignMinor, PlacementForm.SolidarityNeighbourhood],
            [TimeArrangement.FullTime, TimeArrangement.PartTime],
            AgeRange.AnyMinor,
            3,
            NeedProfile.AllHigh,
            Start.PlusDays(-30)),
        Start.PlusDays(-200),
        [LanguageCode.Italian]);

    public static FosterCarer WithAvailability(this FosterCarer carer, Func<Availability, Availability> change)
        => carer with { Availability = change(carer.Availability) };
}
