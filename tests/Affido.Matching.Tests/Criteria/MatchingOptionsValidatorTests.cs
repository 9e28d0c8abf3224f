namespace Affido.Matching.Tests.Criteria;

public sealed class MatchingOptionsValidatorTests
{
    private static readonly MatchingOptionsValidator Validator = new();

    private static IEnumerable<string> Codes(MatchingOptions options) => Validator.Validate(options).Errors.Select(e => e.ErrorCode);

    [Fact]
    public void Defaults_are_valid() => Assert.Empty(Codes(MatchingOptions.Default));

    [Fact]
    public void A_negative_weight_is_rejected()
        => Assert.Contains(MatchValidationCodes.OptionsWeightOutOfRange, Codes(MatchingOptions.Default with { LanguageWeight = -0.1 }));

    [Theory]
    [InlineData(1000.0, true)]
    [InlineData(1000.0001, false)]
    [InlineData(1e308, false)]
    [InlineData(double.PositiveInfinity, false)]
    public void A_weight_above_a_thousand_is_rejected_so_sums_stay_finite(double weight, bool valid)
    {
        var options = MatchingOptions.Default with { LanguageWeight = weight, KinshipWeight = weight };
        Assert.Equal(valid, !Codes(options).Contains(MatchValidationCodes.OptionsWeightOutOfRange));
    }

    [Fact]
    public void A_zero_weight_is_allowed() => Assert.Empty(Codes(MatchingOptions.Default with { LanguageWeight = 0 }));

    [Fact]
    public void A_non_finite_weight_is_rejected()
        => Assert.Contains(MatchValidationCodes.OptionsWeightOutOfRange, Codes(MatchingOptions.Default with { KinshipWeight = double.NaN }));

    [Fact]
    public void All_weights_zero_is_rejected()
    {
        var zero = MatchingOptions.Default with
        {
            OriginProximityWeight = 0, SchoolProximityWeight = 0, LanguageWeight = 0, BackgroundWeight = 0, ExperienceWeight = 0,
            HouseholdFitWeight = 0, DurationAvailabilityWeight = 0, KinshipWeight = 0, WaitingTimeWeight = 0,
        };
        Assert.Contains("options.weights.all-zero", Codes(zero));
        Assert.Throws<ArgumentException>(() => CarerIndex.Build([], zero));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(36501)]
    public void Waiting_cap_out_of_range_is_rejected(int days)
        => Assert.Contains("options.constant.out-of-range", Codes(MatchingOptions.Default with { WaitingTimeCapDays = days }));

    [Fact]
    public void Half_score_distance_must_be_positive()
        => Assert.Contains("options.constant.out-of-range", Codes(MatchingOptions.Default with { ProximityHalfScoreKm = 0 }));
}
