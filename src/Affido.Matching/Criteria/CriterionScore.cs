namespace Affido.Matching;

/// <summary>One line of a score breakdown.</summary>
/// <param name="Criterion">The criterion.</param>
/// <param name="Score">Its score in [0,1].</param>
/// <param name="Weight">Its weight in this request: the configured weight, or 0 when the criterion does not apply.</param>
public sealed record CriterionScore(Criterion Criterion, double Score, double Weight);
