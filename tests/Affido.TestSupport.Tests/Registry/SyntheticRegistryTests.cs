using Affido.Domain;

namespace Affido.TestSupport.Tests.Registry;

public class SyntheticRegistryTests
{
    private const int Size = 50_000;
    private static readonly FosterCarer[] Sample = SyntheticRegistry.Generate(Size);

    private static double Share(Func<FosterCarer, bool> predicate) => Sample.Count(predicate) / (double)Size;

    private static void AssertShare(double expected, Func<FosterCarer, bool> predicate, double tolerance = 0.015)
    {
        double actual = Share(predicate);
        Assert.True(Math.Abs(actual - expected) <= tolerance, $"expected about {expected:P1}, got {actual:P2}");
    }

    [Fact]
    public void Same_seed_gives_the_same_registry()
    {
        var first = SyntheticRegistry.Generate(40_000, seed: 7);
        var second = SyntheticRegistry.Generate(40_000, seed: 7);
        Assert.Equal(first, second);
    }

    [Fact]
    public void A_different_seed_gives_a_different_registry()
    {
        var first = SyntheticRegistry.Generate(1_000, seed: 7);
        var second = SyntheticRegistry.Generate(1_000, seed: 8);
        Assert.True(first.Zip(second).Count(p => p.First != p.Second) > 900);
    }

    [Fact]
    public void A_smaller_registry_is_a_prefix_of_a_larger_one_within_a_block()
    {
        var small = SyntheticRegistry.Generate(100);
        Assert.Equal(small, Sample.Take(100));
    }

    [Fact]
    public void Codes_are_pseudonymous_unique_and_in_order()
    {
        Assert.Equal("C0000001", Sample[0].Code.Value);
        Assert.Equal("C0050000", Sample[^1].Code.Value);
        Assert.Equal(Size, Sample.Select(c => c.Code).Distinct().Count());
    }

    [Fact]
    public void Municipalities_follow_population()
    {
        // Milano holds 12.8% of the 2011 population of Lombardy.
        AssertShare(0.128, c => c.Municipality.Name == "Milano");
        AssertShare(0.185, c => c.Municipality.Province.Abbreviation == "MI" && c.Municipality.Name != "Milano"); // the rest of the province: 18.5%
        Assert.True(Sample.Select(c => c.Municipality.Code).Distinct().Count() > 1_200);
        Assert.Contains(Sample, c => c.Municipality.District == new DistrictCode("visconteo-sud-milano"));
    }

    [Fact]
    public void Households_are_mostly_couples()
    {
        AssertShare(0.50, c => c.Household.Type == HouseholdType.Couple && !c.Household.ChildrenBirthDates.IsEmpty);
        AssertShare(0.35, c => c.Household.Type == HouseholdType.Couple && c.Household.ChildrenBirthDates.IsEmpty);
        AssertShare(0.15, c => c.Household.Type == HouseholdType.SinglePerson);
        Assert.All(Sample, c => Assert.InRange(c.Household.ChildrenBirthDates.Count, 0, 3));
    }

    [Fact]
    public void Assessment_and_consent_are_mostly_approved_with_consent()
    {
        AssertShare(0.80, c => c.Status == AssessmentStatus.Approved);
        AssertShare(0.10, c => c.Status == AssessmentStatus.InAssessment);
        AssertShare(0.05, c => c.Status == AssessmentStatus.Suspended);
        AssertShare(0.05, c => c.Status == AssessmentStatus.Withdrawn);
        AssertShare(0.05, c => c.DataProcessingConsent is null);
    }

    [Fact]
    public void Availability_is_mostly_full_time_with_a_minority_for_emergencies_and_unaccompanied_minors()
    {
        AssertShare(0.85, c => c.Availability.Arrangements.Contains(TimeArrangement.FullTime));
        AssertShare(0.15, c => c.Availability.Forms.Contains(PlacementForm.Emergency));
        AssertShare(0.08, c => c.Availability.Forms.Contains(PlacementForm.UnaccompaniedForeignMinor));
        Assert.All(Sample, c => Assert.False(c.Availability.Forms.IsEmpty));
        Assert.All(Sample, c => Assert.InRange(c.Availability.Places, 1, 4));
        AssertShare(0.60, c => c.Availability.Places == 1);
    }

    [Fact]
    public void A_minority_accepts_high_needs()
    {
        double allHigh = Share(c => c.Availability.AcceptedNeeds == NeedProfile.AllHigh);
        Assert.InRange(allHigh, 0.05, 0.12);
        AssertShare(0.10 * (1 - allHigh) + allHigh, c => c.Availability.AcceptedNeeds[NeedCategory.Trauma] == NeedLevel.High);
    }

    [Fact]
    public void Everyone_speaks_Italian_and_some_speak_the_languages_of_the_children_in_care()
    {
        Assert.All(Sample, c => Assert.Equal(LanguageCode.Italian, c.Languages[0]));
        AssertShare(0.35, c => c.Languages.Contains(LanguageCode.English));
        AssertShare(0.06, c => c.Languages.Contains(LanguageCode.Arabic), 0.01);
        Assert.Equal(["ar", "en", "es", "fr", "it", "ro", "sq", "zh"], Sample.SelectMany(c => c.Languages).Select(l => l.Value).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Waiting_times_and_availability_dates_are_around_the_reference_date()
    {
        var asOf = SyntheticRegistryOptions.DefaultAsOf;
        Assert.All(Sample, c => Assert.InRange(c.WaitingSince, asOf.PlusYears(-4), asOf));
        Assert.All(Sample, c => Assert.InRange(c.Availability.From, asOf.PlusYears(-1), asOf.PlusDays(90)));
        AssertShare(0.20, c => c.Availability.Until is not null);
        Assert.All(Sample.Where(c => c.DataProcessingConsent is not null), c => Assert.True(c.DataProcessingConsent!.GivenOn <= c.WaitingSince));
    }

    [Fact]
    public void Some_carers_are_relatives_of_minors_of_the_kinship_pool()
    {
        AssertShare(0.03, c => !c.Relatives.IsEmpty, 0.005);
        Assert.All(Sample.SelectMany(c => c.Relatives), r => Assert.True(r.IsWithinFourthDegree));
        var minor = SyntheticRegistry.KinshipMinorCode(42);
        Assert.Equal("MK000042", minor.Value);
        Assert.Contains(Sample, c => c.KinshipDegreeTo(minor.AsPerson()) is not null);
        Assert.All(Sample.SelectMany(c => c.Relatives), r => Assert.StartsWith("MK", r.Person.Value, StringComparison.Ordinal));
    }

    [Fact]
    public void Progress_reports_reach_the_count()
    {
        int last = 0;
        var progress = new SynchronousProgress(n => Interlocked.Exchange(ref last, Math.Max(last, n)));
        SyntheticRegistry.Generate(new SyntheticRegistryOptions(40_000), progress);
        Assert.Equal(40_000, last);
    }

    [Fact]
    public void Every_generated_carer_passes_the_domain_validator()
    {
        var validator = new FosterCarerValidator(RomeClock.At(SyntheticRegistryOptions.DefaultAsOf));
        foreach (var carer in Sample.Take(3_000))
        {
            var result = validator.Validate(carer);
            Assert.True(result.IsValid, $"{carer.Code}: {result}");
        }
    }

    [Fact]
    public void A_negative_count_is_a_programming_error()
        => Assert.Throws<ArgumentOutOfRangeException>(() => SyntheticRegistry.Generate(-1));

    private sealed class SynchronousProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
