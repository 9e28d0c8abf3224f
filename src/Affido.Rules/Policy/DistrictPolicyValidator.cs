using Affido.Domain;
using FluentValidation;
using FluentValidation.Results;
using NodaTime;

namespace Affido.Rules;

/// <summary>
/// Validates a <see cref="DistrictPolicy"/>: amounts in whole cents from zero to <see cref="MaximumAmount"/>, the
/// part-time amount not above the full-time one, a due day that exists in every month (1-28), windows that are
/// positive lengths in years, months, weeks or days with no negative unit and at most 24 months, and defined
/// enumeration values. Error codes are stable (<c>policy.*</c>); messages come from the package's catalogue (English as
/// the message, both languages through <see cref="ValidationFailureExtensions.MessageIn"/>), never repeat the value
/// given, and are the same whatever the culture.
/// </summary>
/// <remarks>
/// The bounds keep every computation of the calculator and the rules exact: a pro-rata share of a bounded amount
/// cannot overflow, and a window cannot move a date out of <see cref="SupportedDates"/> or stand still.
/// </remarks>
public sealed class DistrictPolicyValidator : AffidoValidator<DistrictPolicy>
{
    /// <summary>The largest amount a policy may state: €1,000,000.00, far above any contribution a district pays.</summary>
    public const decimal MaximumAmount = 1_000_000m;

    /// <summary>The longest window a policy may state: 24 months, the maximum duration of a placement (L. 184/1983 art. 4 c. 4).</summary>
    public static Period MaximumWindow { get; } = Period.FromMonths(24);

    /// <summary>Error code: an amount below zero.</summary>
    public const string AmountNegative = "policy.amount-negative";

    /// <summary>Error code: an amount above <see cref="MaximumAmount"/>.</summary>
    public const string AmountTooLarge = "policy.amount-too-large";

    /// <summary>Error code: an amount that is not a whole number of cents.</summary>
    public const string AmountNotCents = "policy.amount-not-cents";

    /// <summary>Error code: a part-time monthly contribution above the full-time one.</summary>
    public const string PartTimeAboveFullTime = "policy.part-time-above-full-time";

    /// <summary>Error code: a due day that not every month has (outside 1-28).</summary>
    public const string DueDayOutOfRange = "policy.due-day-out-of-range";

    /// <summary>Error code: a window that is not a positive length in date units with no negative unit.</summary>
    public const string WindowNotPositive = "policy.window-not-positive";

    /// <summary>Error code: a window longer than <see cref="MaximumWindow"/>.</summary>
    public const string WindowTooLong = "policy.window-too-long";

    private const int FirstDueDay = 1;

    /// <summary>The last day every month has: the latest day of the month a contribution may be due.</summary>
    private const int LastDueDay = 28;

    /// <summary>The one instance (validators are stateless).</summary>
    public static DistrictPolicyValidator Instance { get; } = new();

    /// <summary>Declares the rules.</summary>
    public DistrictPolicyValidator()
    {
        RuleFor(p => p.MonthlyContributionFullTime).Amount();
        RuleFor(p => p.MonthlyContributionPartTime).Amount()
            .LessThanOrEqualTo(p => p.MonthlyContributionFullTime).WithRuleMessage(PartTimeAboveFullTime);
        RuleFor(p => p.ExtraordinaryAnnualCap).Amount();
        RuleFor(p => p.ContributionDueDay).InclusiveBetween(FirstDueDay, LastDueDay)
            .WithRuleMessage(DueDayOutOfRange, (_, _) => [MessageArgument.Number("min", FirstDueDay), MessageArgument.Number("max", LastDueDay)]);
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
}
