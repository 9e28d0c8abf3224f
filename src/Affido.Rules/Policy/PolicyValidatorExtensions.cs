using Affido.Domain;
using FluentValidation;
using NodaTime;

namespace Affido.Rules;

/// <summary>The rules <see cref="DistrictPolicyValidator"/> applies to each amount and each window.</summary>
internal static class PolicyValidatorExtensions
{
    private static readonly LocalDate Anchor = new(2024, 1, 31);

    /// <summary>An amount in whole cents from 0 to <see cref="DistrictPolicyValidator.MaximumAmount"/>: <c>policy.amount-negative</c>, <c>policy.amount-too-large</c>, <c>policy.amount-not-cents</c>.</summary>
    public static IRuleBuilderOptions<DistrictPolicy, decimal> Amount(this IRuleBuilder<DistrictPolicy, decimal> rule)
        => rule
            .Must(a => a >= 0m).WithRuleMessage(DistrictPolicyValidator.AmountNegative)
            .Must(a => a <= DistrictPolicyValidator.MaximumAmount)
            .WithRuleMessage(DistrictPolicyValidator.AmountTooLarge, (_, _) => [MessageArgument.Money("max", DistrictPolicyValidator.MaximumAmount)])
            .Must(a => decimal.Round(a, 2) == a).WithRuleMessage(DistrictPolicyValidator.AmountNotCents);

    /// <summary>
    /// A window in years, months, weeks or days, none negative, longer than zero and at most
    /// <see cref="DistrictPolicyValidator.MaximumWindow"/>: <c>policy.window-not-positive</c>, <c>policy.window-too-long</c>.
    /// </summary>
    public static IRuleBuilderOptions<DistrictPolicy, Period> Window(this IRuleBuilder<DistrictPolicy, Period> rule)
        => rule
            .Must(DateLengths.AlwaysAdvances).WithRuleMessage(DistrictPolicyValidator.WindowNotPositive)
            .Must(w => !DateLengths.AlwaysAdvances(w) || SupportedDates.TryAdd(Anchor, w) is { } end && end <= Anchor.Plus(DistrictPolicyValidator.MaximumWindow))
            .WithRuleMessage(DistrictPolicyValidator.WindowTooLong, (_, _) => [MessageArgument.Period("max", DistrictPolicyValidator.MaximumWindow)]);
}
