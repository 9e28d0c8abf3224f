namespace Affido.Matching;

/// <summary>"Why (not) this carer?": the filters that exclude it, or how its score is made up.</summary>
/// <param name="Carer">The carer asked about.</param>
/// <param name="IsInRegistry">False when no carer has that code (then nothing else is filled).</param>
/// <param name="ExcludedBy">Every hard filter the carer fails, in <see cref="ReasonCodes.InOrder"/> order; empty when eligible.</param>
/// <param name="Score">The total score when eligible; null when excluded or not found.</param>
/// <param name="Breakdown">The per-criterion scores when eligible; empty otherwise.</param>
public sealed record MatchExplanation(
    CarerCode Carer,
    bool IsInRegistry,
    ValueArray<string> ExcludedBy,
    double? Score,
    ValueArray<CriterionScore> Breakdown)
{
    /// <summary>True when the carer is in the registry and passes every hard filter.</summary>
    public bool IsEligible => IsInRegistry && ExcludedBy.IsEmpty;
}
