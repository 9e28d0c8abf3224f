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

            minors.Add(new Minor
            {
                Code = new MinorCode(PropertyRegistry.MinorPerson(RegistryGenerators.PersonPool, first + i)),
                BirthDate = start.PlusDays(-random.Next(0, 17 * 365)),
                Sex = random.Next(2) == 0 ? Sex.Female : Sex.Male,
                Needs = needs,
                SiblingGroup = group,
            });
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

        return new MatchRequest
        {
            Id = "R" + random.Next(100000),
            Minors = minors.ToValueArray(),
            Form = random.Next(100) < 80 ? PlacementForm.Ordinary : (PlacementForm)random.Next(5),
            Arrangement = random.Next(100) < 80 ? TimeArrangement.FullTime : TimeArrangement.PartTime,
            ExpectedStart = start,
            ExpectedDuration = Period.FromMonths(random.Next(1, 30)),
            FamilyOfOrigin = territory[random.Next(territory.Count)],
            School = random.Next(2) == 0 ? territory[random.Next(territory.Count)] : null,
            Protection = (ProtectionConstraint)(random.Next(100) switch { < 70 => 0, < 85 => 1, _ => 2 }),
            Languages = languages.ToValueArray(),
            Backgrounds = backgrounds.ToValueArray(),
            KinshipOnly = random.Next(100) < 15,
            IncludeInAssessment = random.Next(100) < 25,
            ConflictingPersons = conflicting.ToValueArray(),
        };
    }

    /// <summary>A 9-year-old with no special needs, from the first town, ordinary full-time placement for 12 months.</summary>
    public static MatchRequest Example(params Minor[] minors) => new MatchRequest
    {
        Id = "R-1",
        Minors = minors.Length == 0 ? [Child("M1", 9)] : minors.ToValueArray(),
        Form = PlacementForm.Ordinary,
        Arrangement = TimeArrangement.FullTime,
        ExpectedStart = Start,
        ExpectedDuration = Period.FromMonths(12),
        FamilyOfOrigin = Town(0),
    };

    public static Minor Child(string code, int years, SiblingGroupId? group = null, NeedProfile needs = default)
        => new Minor
        {
            Code = new MinorCode(code),
            BirthDate = Start.PlusYears(-years).PlusDays(-10),
            Sex = Sex.Female,
            Needs = needs,
            SiblingGroup = group,
        };

    /// <summary>An approved, consenting carer in town 5 who accepts every form, 0–17, 3 places, every need, available for years.</summary>
    public static FosterCarer EligibleCarer(string code) => new FosterCarer
    {
        Code = new CarerCode(code),
        Municipality = Town(5),
        Household = new Household(HouseholdType.Couple),
        Experience = new Experience(2, 20),
        Status = AssessmentStatus.Approved,
        DataProcessingConsent = new DataProcessingConsent(Start.PlusDays(-100)),
        Service = new FosterCareService("Servizio affidi", "Via Roma 1", "000", "affidi@example.org"),
        Availability = new Availability
        {
            Forms = [PlacementForm.Ordinary, PlacementForm.Emergency, PlacementForm.Professional, PlacementForm.UnaccompaniedForeignMinor, PlacementForm.SolidarityNeighbourhood],
            Arrangements = [TimeArrangement.FullTime, TimeArrangement.PartTime],
            Ages = AgeRange.AnyMinor,
            Places = 3,
            AcceptedNeeds = NeedProfile.AllHigh,
            From = Start.PlusDays(-30),
        },
        WaitingSince = Start.PlusDays(-200),
        Languages = [LanguageCode.Italian],
    };

    public static FosterCarer WithAvailability(this FosterCarer carer, Func<Availability, Availability> change)
        => carer with { Availability = change(carer.Availability) };
}
