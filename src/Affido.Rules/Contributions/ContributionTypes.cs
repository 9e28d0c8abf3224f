using Affido.Domain;
using NodaTime;

namespace Affido.Rules;

/// <summary>
/// The approval of a hardship contribution for a placement that is otherwise owed none (consensual kinship or direct
/// placements): the social service's assessment and the district office's (Ufficio di Piano) approval (Reg. art. 9 a).
/// </summary>
/// <param name="AssessedOn">The date of the social service's assessment.</param>
/// <param name="ApprovedOn">The date of the district office's approval: the contribution is owed from this day.</param>
public sealed record HardshipApproval(LocalDate AssessedOn, LocalDate ApprovedOn);

/// <summary>A request for the monthly contribution of a placement for one month (Reg. art. 9).</summary>
/// <param name="Placement">The placement (legal basis, relationship, direct flag, time arrangement, start and end).</param>
/// <param name="Month">The month the contribution is for.</param>
/// <param name="Hardship">The hardship approval, for placements otherwise owed nothing.</param>
public sealed record ContributionRequest(Placement Placement, YearMonth Month, HardshipApproval? Hardship = null);

/// <summary>Why a placement is, or is not, owed a monthly contribution (Reg. art. 9).</summary>
public enum ContributionBasis
{
    /// <summary>Nothing is owed: consensual kinship or direct placement without an approved hardship assessment (Reg. art. 9 a).</summary>
    None = 0,

    /// <summary>The monthly flat contribution: consensual non-kinship, or judicial other than direct (Reg. art. 9 b).</summary>
    Flat = 1,

    /// <summary>A hardship contribution, as for judicial placements, after assessment and approval (Reg. art. 9 a).</summary>
    Hardship = 2,
}

/// <summary>The monthly contribution owed for one month, with how it was computed.</summary>
/// <remarks>Amounts are euros rounded to the cent with <see cref="MidpointRounding.AwayFromZero"/> (see <see cref="ContributionCalculator"/>).</remarks>
/// <param name="Month">The month.</param>
/// <param name="Basis">Why it is owed, or not.</param>
/// <param name="Amount">The amount owed, in euros, never negative.</param>
/// <param name="DueOn">The day by which it is paid: the policy's due day (15th) of the following month.</param>
/// <param name="DaysCovered">The days of the month for which the contribution is owed.</param>
/// <param name="DaysInMonth">The days of the month.</param>
/// <param name="Explanation">Why, in Italian and English.</param>
/// <param name="Source">The legal source ("Reg. art. 9 a" or "Reg. art. 9 b").</param>
public sealed record MonthlyContribution(
    YearMonth Month,
    ContributionBasis Basis,
    decimal Amount,
    LocalDate DueOn,
    int DaysCovered,
    int DaysInMonth,
    BilingualText Explanation,
    string Source);

/// <summary>An extraordinary expense submitted for an extraordinary contribution (Reg. art. 9 b: quote, prior approval, then the invoice).</summary>
/// <param name="Description">What it is (e.g. dental care not covered by the SSN).</param>
/// <param name="IncurredOn">The date of the expense.</param>
/// <param name="QuotedAmount">The quote (preventivo) submitted for approval, in euros, not negative.</param>
/// <param name="ApprovedOn">The date of the district office's approval of the quote, when approved.</param>
/// <param name="DocumentedAmount">The amount on the invoice or fiscal document, in euros, not negative, once submitted.</param>
public sealed record ExtraordinaryExpense(string Description, LocalDate IncurredOn, decimal QuotedAmount, LocalDate? ApprovedOn = null, decimal? DocumentedAmount = null);

/// <summary>A request for an extraordinary contribution.</summary>
/// <param name="Placement">The placement the expense is for.</param>
/// <param name="Expense">The expense.</param>
/// <param name="AlreadyPaidThisYear">Extraordinary contributions already paid for the placement in the calendar year of the expense, in euros, not negative.</param>
/// <param name="Hardship">The hardship approval, for placements otherwise owed nothing.</param>
public sealed record ExtraordinaryRequest(Placement Placement, ExtraordinaryExpense Expense, decimal AlreadyPaidThisYear, HardshipApproval? Hardship = null);

/// <summary>The outcome of an extraordinary request.</summary>
public enum ExtraordinaryOutcome
{
    /// <summary>Payable (possibly reduced to the documented expense, the approved quote or the remaining cap).</summary>
    Payable = 0,

    /// <summary>The placement is owed no contribution (Reg. art. 9 a, no hardship approval).</summary>
    NotEntitled = 1,

    /// <summary>The quote was not approved before the expense (Reg. art. 9 b: "approvazione preventiva").</summary>
    NotApprovedInAdvance = 2,

    /// <summary>No invoice or fiscal document yet: paid only after it is shown.</summary>
    NotDocumented = 3,

    /// <summary>The annual cap is already reached.</summary>
    CapReached = 4,
}

/// <summary>The extraordinary contribution payable for an expense.</summary>
/// <param name="Outcome">Payable, or why not.</param>
/// <param name="Amount">The amount payable in euros: never negative, never above the documented expense, the approved quote or the cap left.</param>
/// <param name="RemainingCap">The annual cap left before this payment.</param>
/// <param name="Explanation">Why, in Italian and English.</param>
public sealed record ExtraordinaryContribution(ExtraordinaryOutcome Outcome, decimal Amount, decimal RemainingCap, BilingualText Explanation)
{
    /// <summary>The source of every extraordinary contribution.</summary>
    public const string Source = "Reg. art. 9 b";
}
