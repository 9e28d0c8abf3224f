using NodaTime;

namespace Affido.Rules.Tests;

public class DistrictPolicyValidatorTests
{
    private static IEnumerable<string> Codes(DistrictPolicy policy) => DistrictPolicyValidator.Instance.Validate(policy).Errors.Select(e => e.ErrorCode);

    [Fact]
    public void The_defaults_are_valid()
        => Assert.True(DistrictPolicyValidator.Instance.Validate(DistrictPolicy.Default).IsValid);

    [Fact]
    public void Amounts_are_not_negative()
    {
        Assert.Contains("policy.amount-negative", Codes(DistrictPolicy.Default with { MonthlyContributionFullTime = -0.01m }));
        Assert.Contains("policy.amount-negative", Codes(DistrictPolicy.Default with { ExtraordinaryAnnualCap = -1m }));
        Assert.Empty(Codes(DistrictPolicy.Default with { MonthlyContributionFullTime = 0m, MonthlyContributionPartTime = 0m, ExtraordinaryAnnualCap = 0m }));
    }

    [Fact]
    public void Part_time_is_at_most_full_time()
    {
        Assert.Empty(Codes(DistrictPolicy.Default with { MonthlyContributionPartTime = 480m }));
        Assert.Contains("policy.part-time-above-full-time", Codes(DistrictPolicy.Default with { MonthlyContributionPartTime = 480.01m }));
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(28, true)]
    [InlineData(29, false)]
    public void The_due_day_exists_in_every_month(int day, bool valid)
        => Assert.Equal(valid, !Codes(DistrictPolicy.Default with { ContributionDueDay = day }).Any());

    [Fact]
    public void Windows_are_positive_date_lengths()
    {
        Assert.Contains("policy.window-not-positive", Codes(DistrictPolicy.Default with { ExpiryNoticeWindow = Period.Zero }));
        Assert.Contains("policy.window-not-positive", Codes(DistrictPolicy.Default with { UrgentDocumentsDeadline = Period.FromDays(-1) }));
        Assert.Contains("policy.window-not-positive", Codes(DistrictPolicy.Default with { UrgentDocumentsDeadline = Period.FromHours(48) }));
        Assert.Empty(Codes(DistrictPolicy.Default with { ExpiryNoticeWindow = Period.FromMonths(3), UrgentDocumentsDeadline = Period.FromDays(1) }));
    }

    [Fact]
    public void Enumerations_hold_defined_values()
    {
        Assert.Contains(Affido.Domain.ValidationCodes.EnumUndefined, Codes(DistrictPolicy.Default with { PartialMonth = (PartialMonthRule)7 }));
        Assert.Contains(Affido.Domain.ValidationCodes.EnumUndefined, Codes(DistrictPolicy.Default with { MinorConsentMissingInJudicialPlacement = (Severity)9 }));
    }
}

public class InvalidPolicyTests
{
    [Fact]
    public void Evaluators_refuse_an_invalid_policy_listing_every_failure()
    {
        var invalid = DistrictPolicy.Default with { ContributionDueDay = 0, ExtraordinaryAnnualCap = -5m };
        var e = Assert.Throws<ArgumentException>(() => new RuleEvaluator(invalid));
        Assert.Contains("ContributionDueDay", e.Message, StringComparison.Ordinal);
        Assert.Contains("ExtraordinaryAnnualCap", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new ContributionCalculator(invalid));
        Assert.Throws<ArgumentNullException>(() => new ContributionCalculator(null!));
    }
}
