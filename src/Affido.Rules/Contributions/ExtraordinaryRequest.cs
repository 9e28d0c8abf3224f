using Affido.Domain;

namespace Affido.Rules;

/// <summary>A request for an extraordinary contribution.</summary>
/// <param name="Placement">The placement the expense is for.</param>
/// <param name="Expense">The expense.</param>
/// <param name="AlreadyPaidThisYear">Extraordinary contributions already paid for the placement in the calendar year of the expense, in euros, not negative.</param>
/// <param name="Hardship">The hardship approval, for placements otherwise owed nothing.</param>
public sealed record ExtraordinaryRequest(Placement Placement, ExtraordinaryExpense Expense, decimal AlreadyPaidThisYear, HardshipApproval? Hardship = null);
