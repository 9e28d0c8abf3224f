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
            .Must(a => a >= 0m).WithErrorCode("policy.amount-negative")
            .WithMessage((_, a) => $"'{{PropertyName}}' ({Invariant(a)}) must not be negative.")
            .Must(a => a <= DistrictPolicyValidator.MaximumAmount).WithErrorCode("policy.amount-too-large")
            .WithMessage((_, a) => $"'{{PropertyName}}' ({Invariant(a)}) must not exceed {Invariant(DistrictPolicyValidator.MaximumAmount)} euros.")
            .Must(a => decimal.Round(a, 2) == a).WithErrorCode("policy.amount-not-cents")
            .WithMessage((_, a) => $"'{{PropertyName}}' ({Invariant(a)}) must be a whole number of cents.");

    /// <summary>
    /// A window in years, months, weeks or days, none negative, longer than zero and at most
    /// <see cref="DistrictPolicyValidator.MaximumWindow"/>: <c>policy.window-not-positive</c>, <c>policy.window-too-long</c>.
    /// </summary>
    public static IRuleBuilderOptions<DistrictPolicy, Period> Window(this IRuleBuilder<DistrictPolicy, Period> rule)
        => rule
            .Must(DateLengths.AlwaysAdvances).WithErrorCode("policy.window-not-positive")
            .WithMessage((_, w) => $"'{{PropertyName}}' ({w}) must be a positive length in years, months, weeks or days, with no negative unit.")
            .Must(w => !DateLengths.AlwaysAdvances(w) || SupportedDates.TryAdd(Anchor, w) is { } end && end <= Anchor.Plus(DistrictPolicyValidator.MaximumWindow))
            .WithErrorCode("policy.window-too-long")
            .WithMessage((_, w) => $"'{{PropertyName}}' ({w}) must not be longer than 24 months.");

    private static string Invariant(decimal amount) => amount.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
