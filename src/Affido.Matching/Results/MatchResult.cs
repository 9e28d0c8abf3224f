namespace Affido.Matching;

/// <summary>The outcome of a search: the best candidates and what the hard filters excluded.</summary>
/// <param name="RequestId">The request's id.</param>
/// <param name="Candidates">The best eligible carers, best first; ties broken by <see cref="CarerCode"/> (ordinal).</param>
/// <param name="Exclusions">
/// One count per filter, in <see cref="HardFilter"/> order; each excluded carer is counted once, under the first
/// filter it fails, so the counts add up to <paramref name="Scanned"/> − <paramref name="Eligible"/>. This is what a
/// social worker needs to widen a search.
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
    /// <summary>How many carers <paramref name="filter"/> excluded first (0 when the result has no count for it).</summary>
    /// <param name="filter">A hard filter.</param>
    /// <returns>The count.</returns>
    public int ExclusionCountOf(HardFilter filter) => Exclusions.FirstOrDefault(e => e?.Filter == filter)?.Count ?? 0;
}
