namespace Affido.Matching;

/// <summary>A carer returned by a search, with its rank and how its score is made up.</summary>
/// <param name="Rank">1 for the best candidate.</param>
/// <param name="Carer">The carer's pseudonymous code.</param>
/// <param name="Score">The total score in [0,1]: the weighted mean of <paramref name="Breakdown"/>.</param>
/// <param name="Breakdown">One line per criterion, in <see cref="Criterion"/> order.</param>
public sealed record MatchCandidate(int Rank, CarerCode Carer, double Score, ValueArray<CriterionScore> Breakdown);
