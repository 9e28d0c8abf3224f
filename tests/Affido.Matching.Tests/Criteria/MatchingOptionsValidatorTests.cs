namespace Affido.Matching.Tests.Criteria;

public sealed class MatchingOptionsValidatorTests
{
    private static readonly MatchingOptionsValidator Validator = new();

    private static IEnumerable<string> Codes(MatchingOptions options) => Validator.Validate(options).Errors.Select(e => e.ErrorCode);

    [Fact]
    public void Defaults_are_valid() => Assert.Empty(Codes(MatchingOptions.Default));

    [Fact]
    public void A_negative_weight_is_rejected()
        => Assert.Contains("options.weight.negative", Codes(MatchingOptions.Default with { LanguageWeight = -0.1 }));

    [Fact]
    public void A_zero_weight_is_allowed() => Assert.Empty(Codes(MatchingOptions.Default with { LanguageWeight = 0 }));

    [Fact]
    public void A_non_finite_weight_is_rejected()
        => Assert.Contains("options.weight.negative", Codes(MatchingOptions.Default with { KinshipWeight = double.NaN }));

    [Fact]
    public void All_weights_zero_is_rejected()
    {
        var zero = MatchingOptions.Default with
        {
            OriginProximityWeight = 0, SchoolProximityWeight = 0, LanguageWeight = 0, BackgroundWeight = 0, ExperienceWeight = 0,
            HouseholdFitWeight = 0, DurationAvailabilityWeight = 0, KinshipWeight = 0, WaitingTimeWeight = 0,
        };
        Assert.Contains("options.weights.all-zero", Codes(zero));
        Assert.Throws<ArgumentException>(() => new ReferenceMatcher(zero));
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
