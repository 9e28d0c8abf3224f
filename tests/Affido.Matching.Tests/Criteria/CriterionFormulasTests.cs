using Affido.Domain;
using Affido.Matching.Tests.Support;
using static Affido.Matching.Tests.Support.Fixtures;

namespace Affido.Matching.Tests.Criteria;

public sealed class CriterionFormulasTests
{
    private static Municipality NoCoordinates(Municipality m) => m with { Location = null };

    [Fact]
    public void Proximity_by_territory_same_municipality_over_district_over_province_over_region()
    {
        var origin = NoCoordinates(Town(0));
        Assert.Equal(1.0, CriterionFormulas.Proximity(NoCoordinates(Town(0)), origin, 15));
        Assert.Equal(CriterionFormulas.SameDistrict, CriterionFormulas.Proximity(NoCoordinates(Town(1)), origin, 15));
        Assert.Equal(CriterionFormulas.SameProvince, CriterionFormulas.Proximity(NoCoordinates(Town(5)), origin, 15));
        Assert.Equal(CriterionFormulas.SameRegion, CriterionFormulas.Proximity(NoCoordinates(Town(9)), origin, 15));
        Assert.Equal(0.0, CriterionFormulas.Proximity(NoCoordinates(Town(20)), origin, 15));
    }

    [Fact]
    public void Proximity_in_kilometres_halves_at_the_half_score_distance()
    {
        var origin = Town(0) with { Location = new GeoPoint(45.0, 9.0) };
        var carer = Town(5) with { Location = new GeoPoint(45.0, 9.0) };
        Assert.Equal(1.0, CriterionFormulas.Proximity(carer, origin, 15));
        double km = new GeoPoint(45.0, 9.0).DistanceKmTo(new GeoPoint(45.2, 9.0));
        double score = CriterionFormulas.Proximity(carer with { Location = new GeoPoint(45.2, 9.0) }, origin, km);
        Assert.Equal(0.5, score, 12);
    }

    [Fact]
    public void Proximity_uses_territory_when_one_side_has_no_coordinates()
        => Assert.Equal(CriterionFormulas.SameDistrict, CriterionFormulas.Proximity(NoCoordinates(Town(1)), Town(0) with { Location = new GeoPoint(45, 9) }, 15));

    [Theory]
    [InlineData(0, 2, 0.0)]
    [InlineData(1, 2, 0.5)]
    [InlineData(2, 2, 1.0)]
    [InlineData(0, 0, 0.0)]
    public void Overlap_is_the_share_matched(int matched, int requested, double expected)
        => Assert.Equal(expected, CriterionFormulas.Overlap(matched, requested));

    [Theory]
    [InlineData(0, 0, 0.0)]
    [InlineData(5, 0, 0.5)]
    [InlineData(50, 40, 1.0)]
    [InlineData(-3, 20, 0.25)]
    public void Experience_is_half_placements_half_training_each_capped(int placements, int hours, double expected)
        => Assert.Equal(expected, CriterionFormulas.Experience(placements, hours, 5, 40), 12);

    [Theory]
    [InlineData(null, 10, 1.0)]
    [InlineData(12, 10, 1.0)]
    [InlineData(11, 10, 0.75)]
    [InlineData(10, 10, 0.5)]
    [InlineData(8, 10, 0.0)]
    public void Household_fit_prefers_own_children_two_years_older(int? child, int oldest, double expected)
        => Assert.Equal(expected, CriterionFormulas.HouseholdFit(child, oldest));

    [Fact]
    public void Household_fit_ignores_adult_children()
    {
        var scorer = new CarerScorer(MatchingOptions.Default);
        var request = Example(Child("M1", 9));
        var adultChild = EligibleCarer("A") with { Household = new Household(HouseholdType.Couple, [Start.PlusYears(-25)]) };
        var youngChild = EligibleCarer("A") with { Household = new Household(HouseholdType.Couple, [Start.PlusYears(-25), Start.PlusYears(-3)]) };
        Assert.Equal(1.0, scorer.Breakdown(request, adultChild)[(int)Criterion.HouseholdFit].Score);
        Assert.Equal(0.0, scorer.Breakdown(request, youngChild)[(int)Criterion.HouseholdFit].Score);
    }

    [Theory]
    [InlineData(null, 1.0)]
    [InlineData(109, 1.0)]
    [InlineData(49, 0.5)]
    [InlineData(0, 0.01)]
    public void Duration_cover_is_the_share_of_the_expected_duration_available(int? untilOffset, double expected)
        => Assert.Equal(expected, CriterionFormulas.DurationCover(1000, 1100, 1000 + untilOffset), 12);

    [Theory]
    [InlineData(null, 0.0)]
    [InlineData(1, 1.0)]
    [InlineData(2, 0.75)]
    [InlineData(4, 0.25)]
    [InlineData(5, 0.0)]
    public void Kinship_closer_degree_scores_higher(int? degree, double expected)
        => Assert.Equal(expected, CriterionFormulas.Kinship(degree));

    [Theory]
    [InlineData(-10, 0.0)]
    [InlineData(365, 0.5)]
    [InlineData(730, 1.0)]
    [InlineData(5000, 1.0)]
    public void Waiting_time_is_capped(long days, double expected)
        => Assert.Equal(expected, CriterionFormulas.WaitingTime(days, 730));

    [Fact]
    public void Total_is_the_weighted_mean_of_the_applicable_criteria_only()
    {
        var options = MatchingOptions.Default with
        {
            OriginProximityWeight = 0, SchoolProximityWeight = 0, LanguageWeight = 0, BackgroundWeight = 0, ExperienceWeight = 1,
            HouseholdFitWeight = 0, DurationAvailabilityWeight = 0, KinshipWeight = 0, WaitingTimeWeight = 1,
        };
        var scorer = new CarerScorer(options);
        var carer = EligibleCarer("A") with { Experience = new Experience(5, 40), WaitingSince = Start };
        Assert.Equal(0.5, scorer.Score(Example(), carer), 12);

        // Language weighs only when the request names languages.
        var withLanguage = options with { LanguageWeight = 2 };
        var request = Example() with { Languages = [new LanguageCode("ar")] };
        Assert.Equal(0.5, new CarerScorer(withLanguage).Score(Example(), carer), 12);
        Assert.Equal(0.25, new CarerScorer(withLanguage).Score(request, carer), 12);
        var breakdown = new CarerScorer(withLanguage).Breakdown(Example(), carer);
        Assert.Equal(0.0, breakdown[(int)Criterion.Language].Weight);
    }
}
