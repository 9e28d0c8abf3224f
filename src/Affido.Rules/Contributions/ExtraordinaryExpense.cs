using NodaTime;

namespace Affido.Rules;

/// <summary>An extraordinary expense submitted for an extraordinary contribution (Reg. art. 9 b: quote, prior approval, then the invoice).</summary>
/// <param name="Description">What it is (e.g. dental care not covered by the SSN).</param>
/// <param name="IncurredOn">The date of the expense.</param>
/// <param name="QuotedAmount">The quote (preventivo) submitted for approval, in euros, not negative.</param>
/// <param name="ApprovedOn">The date of the district office's approval of the quote, when approved.</param>
/// <param name="DocumentedAmount">The amount on the invoice or fiscal document, in euros, not negative, once submitted.</param>
public sealed record ExtraordinaryExpense(string Description, LocalDate IncurredOn, decimal QuotedAmount, LocalDate? ApprovedOn = null, decimal? DocumentedAmount = null);
