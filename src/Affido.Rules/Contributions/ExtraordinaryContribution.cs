using Affido.Domain;

namespace Affido.Rules;

/// <summary>The extraordinary contribution payable for an expense.</summary>
/// <param name="Outcome">Payable, or why not.</param>
/// <param name="Amount">The amount payable in euros: never negative, never above the documented expense, the approved quote or the cap left.</param>
/// <param name="RemainingCap">The annual cap left before this payment.</param>
/// <param name="Explanation">Why, in Italian and English.</param>
public sealed record ExtraordinaryContribution(ExtraordinaryOutcome Outcome, decimal Amount, decimal RemainingCap, BilingualText Explanation)
{
    /// <summary>The source of every extraordinary contribution: <see cref="LegalSources.Contributions"/> (Reg. art. 9 b).</summary>
    public static LegalSource Source => LegalSources.Contributions;
}
