namespace Affido.Matching;

/// <summary>The outcome of a search: the best candidates and what the hard filters excluded.</summary>
/// <param name="RequestId">The request's id.</param>
/// <param name="Candidates">The best eligible carers, best first; ties broken by <see cref="CarerCode"/> (ordinal).</param>
/// <param name="Exclusions">
/// One count per filter, in <see cref="ReasonCodes.InOrder"/> order; each excluded carer is counted once, under the
/// first filter it fails, so the counts add up to <paramref name="Scanned"/> − <paramref name="Eligible"/>. This is
/// what a social worker needs to widen a search.
/// </param>
/// <param name="Scanned">Carers examined.</param>
/// <param name="Eligible">Carers that passed every hard filter.</param>
public sealed record MatchResult(
    string RequestId,
    ValueArray<MatchCandidate> Candidates,
    ValueArray<ExclusionCount> Exclusions,
    int Scanned,
    int Eligible)
{
    /// <summary>How many carers <paramref name="reasonCode"/> excluded first (0 for an unknown code).</summary>
    /// <param name="reasonCode">A reason code.</param>
    /// <returns>The count.</returns>
    public int ExcludedBy(string reasonCode) => Exclusions.FirstOrDefault(e => e.ReasonCode == reasonCode)?.Count ?? 0;
}
