using NodaTime;

namespace Affido.Matching;

/// <summary>
/// What the social worker chose after a search, and the rank the chosen carer had. Caseworkers keep the final say;
/// the library keeps the trace. A choice other than the first candidate needs a stated reason
/// (<see cref="MatchDecisionValidator"/>).
/// </summary>
/// <param name="RequestId">The request the decision answers.</param>
/// <param name="ChosenCarer">The carer chosen.</param>
/// <param name="Rank">The rank it had in the search (1 = first), or null when it was not in the list.</param>
/// <param name="DecidedOn">The date of the decision.</param>
/// <param name="Reason">Why, in the social worker's words; required unless <paramref name="Rank"/> is 1.</param>
public sealed record MatchDecision(string RequestId, CarerCode ChosenCarer, int? Rank, LocalDate DecidedOn, string? Reason = null)
{
    /// <summary>True when the chosen carer was not the first candidate (or not a candidate at all).</summary>
    public bool OverridesRanking => Rank != 1;

    /// <summary>Records the choice of a candidate from <paramref name="result"/>, taking its rank from the result.</summary>
    /// <param name="result">The search the choice was made from.</param>
    /// <param name="chosen">The chosen carer.</param>
    /// <param name="decidedOn">The date of the decision.</param>
    /// <param name="reason">The stated reason (needed unless the first candidate is chosen).</param>
    /// <returns>The decision (validate it with <see cref="MatchDecisionValidator"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static MatchDecision From(MatchResult result, CarerCode chosen, LocalDate decidedOn, string? reason = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        int? rank = result.Candidates.FirstOrDefault(c => c.Carer == chosen)?.Rank;
        return new MatchDecision(result.RequestId, chosen, rank, decidedOn, reason);
    }
}
