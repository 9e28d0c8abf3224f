using Affido.Domain;
using FluentValidation;
using FluentValidation.Results;
using NodaTime;

namespace Affido.Rules;

/// <summary>
/// Validates a <see cref="DistrictPolicy"/>: amounts in whole cents from zero to <see cref="MaximumAmount"/>, the
/// part-time amount not above the full-time one, a due day that exists in every month (1-28), windows that are
/// positive lengths in years, months, weeks or days with no negative unit and at most 24 months, and defined
/// enumeration values. Error codes are stable (<c>policy.*</c>); messages are English and culture-independent.
/// </summary>
/// <remarks>
/// The bounds keep every computation of the calculator and the rules exact: a pro-rata share of a bounded amount
/// cannot overflow, and a window cannot move a date out of <see cref="SupportedDates"/> or stand still.
/// </remarks>
public sealed class DistrictPolicyValidator : AbstractValidator<DistrictPolicy>
{
    /// <summary>The largest amount a policy may state: €1,000,000.00, far above any contribution a district pays.</summary>
    public const decimal MaximumAmount = 1_000_000m;

    /// <summary>The longest window a policy may state: 24 months, the maximum duration of a placement (L. 184/1983 art. 4 c. 4).</summary>
    public static Period MaximumWindow { get; } = Period.FromMonths(24);

    /// <summary>The one instance (validators are stateless).</summary>
    public static DistrictPolicyValidator Instance { get; } = new();

    /// <summary>Declares the rules.</summary>
    public DistrictPolicyValidator()
    {
        RuleFor(p => p.MonthlyContributionFullTime).Amount();
        RuleFor(p => p.MonthlyContributionPartTime).Amount()
            .LessThanOrEqualTo(p => p.MonthlyContributionFullTime).WithErrorCode("policy.part-time-above-full-time")
            .WithMessage((p, amount) => $"'{{PropertyName}}' ({Invariant(amount)}) must not exceed the full-time contribution ({Invariant(p.MonthlyContributionFullTime)}).");
        RuleFor(p => p.ExtraordinaryAnnualCap).Amount();
        RuleFor(p => p.ContributionDueDay).InclusiveBetween(1, 28).WithErrorCode("policy.due-day-out-of-range")
            .WithMessage((_, day) => $"'{{PropertyName}}' ({day.ToString(System.Globalization.CultureInfo.InvariantCulture)}) must be a day that every month has, 1 to 28.");
        RuleFor(p => p.ExpiryNoticeWindow).Window();
        RuleFor(p => p.UrgentDocumentsDeadline).Window();
        RuleFor(p => p.PartialMonth).DefinedEnum();
        RuleFor(p => p.LeapDayBirthday).DefinedEnum();
        RuleFor(p => p.MinorConsentMissingInJudicialPlacement).DefinedEnum();
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
    /// <returns>The failures.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    public static IReadOnlyList<string> Failures(DistrictPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return Instance.Validate(policy).Errors.Select(e => $"DistrictPolicy.{e.PropertyName}: {e.ErrorMessage}").ToList();
    }

    private static string Invariant(decimal amount) => amount.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A <see langword="null"/> instance is a <see cref="ValidationCodes.Required"/> failure, not an exception (issue 12).</summary>
    /// <param name="context">The validation context.</param>
    /// <param name="result">The result the failure is added to.</param>
    /// <returns>Whether the rules should run (the instance is not <see langword="null"/>).</returns>
    protected override bool PreValidate(ValidationContext<DistrictPolicy> context, ValidationResult result) => RuleMessages.ReportNull(context, result);
}
