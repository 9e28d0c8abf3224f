using FluentValidation;
using NodaTime;

namespace Affido.Rules;

/// <summary>
/// Validates a <see cref="DistrictPolicy"/>: amounts are not negative, the part-time amount does not exceed the
/// full-time one, the due day exists in every month (1-28), the windows are positive lengths in date units, and the
/// enumerations hold defined values. Error codes are stable (<c>policy.*</c>).
/// </summary>
public sealed class DistrictPolicyValidator : AbstractValidator<DistrictPolicy>
{
    private static readonly LocalDate Anchor = new(2024, 1, 31);

    /// <summary>The one instance (validators are stateless).</summary>
    public static DistrictPolicyValidator Instance { get; } = new();

    /// <summary>Declares the rules.</summary>
    public DistrictPolicyValidator()
    {
        RuleFor(p => p.MonthlyContributionFullTime).GreaterThanOrEqualTo(0m).WithErrorCode("policy.amount-negative");
        RuleFor(p => p.MonthlyContributionPartTime).GreaterThanOrEqualTo(0m).WithErrorCode("policy.amount-negative")
            .LessThanOrEqualTo(p => p.MonthlyContributionFullTime).WithErrorCode("policy.part-time-above-full-time")
            .WithMessage("'{PropertyName}' ({PropertyValue}) must not exceed the full-time contribution ({ComparisonValue}).");
        RuleFor(p => p.ExtraordinaryAnnualCap).GreaterThanOrEqualTo(0m).WithErrorCode("policy.amount-negative");
        RuleFor(p => p.ContributionDueDay).InclusiveBetween(1, 28).WithErrorCode("policy.due-day-out-of-range");
        RuleFor(p => p.ExpiryNoticeWindow).Must(IsPositive).WithErrorCode("policy.window-not-positive")
            .WithMessage("'{PropertyName}' must be a positive length in years, months, weeks or days.");
        RuleFor(p => p.UrgentDocumentsDeadline).Must(IsPositive).WithErrorCode("policy.window-not-positive")
            .WithMessage("'{PropertyName}' must be a positive length in years, months, weeks or days.");
        RuleFor(p => p.PartialMonth).IsInEnum().WithErrorCode("policy.undefined-value");
        RuleFor(p => p.LeapDayBirthday).IsInEnum().WithErrorCode("policy.undefined-value");
        RuleFor(p => p.MinorConsentMissingInJudicialPlacement).IsInEnum().WithErrorCode("policy.undefined-value");
    }

    /// <summary>Throws when <paramref name="policy"/> is invalid: an invalid policy is a configuration (programming) error.</summary>
    /// <param name="policy">The policy.</param>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="policy"/> is invalid; the message lists every failure.</exception>
    public static void EnsureValid(DistrictPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var failures = Failures(policy);
        if (failures.Count > 0)
        {
            throw new ArgumentException("Invalid district policy: " + string.Join(" ", failures), nameof(policy));
        }
    }

    /// <summary>Every failure of <paramref name="policy"/> as "DistrictPolicy.Property: message"; empty when valid.</summary>
    /// <param name="policy">The policy.</param>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    public static IReadOnlyList<string> Failures(DistrictPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return Instance.Validate(policy).Errors.Select(e => $"DistrictPolicy.{e.PropertyName}: {e.ErrorMessage}").ToList();
    }

    private static bool IsPositive(Period? period)
        => period is not null && !period.HasTimeComponent && Anchor.Plus(period) > Anchor && Anchor.PlusDays(-1).Plus(period) > Anchor.PlusDays(-1);
}
