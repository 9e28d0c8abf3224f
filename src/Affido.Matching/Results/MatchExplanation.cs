namespace Affido.Matching;

/// <summary>"Why (not) this carer?": the filters that exclude it, or how its score is made up.</summary>
/// <param name="Carer">The carer asked about.</param>
/// <param name="IsInRegistry">False when no carer has that code (then nothing else is filled).</param>
/// <param name="FailedFilters">
/// Every hard filter the carer fails, in <see cref="HardFilter"/> order; empty when eligible. A carer without consent to
/// data processing fails <see cref="HardFilter.Consent"/> and nothing else is said about it: its data are not processed
/// (<see cref="LegalSources.DataProcessingConsent"/>).
/// </param>
/// <param name="Score">The total score when eligible; null when excluded or not found.</param>
/// <param name="Breakdown">The per-criterion scores when eligible; empty otherwise.</param>
public sealed record MatchExplanation(
    CarerCode Carer,
    bool IsInRegistry,
    ValueArray<HardFilter> FailedFilters,
    double? Score,
    ValueArray<CriterionScore> Breakdown)
{
    /// <summary>True when the carer is in the registry and passes every hard filter.</summary>
    public bool IsEligible => IsInRegistry && FailedFilters.IsEmpty;

    /// <summary>True when the carer is in the registry and may be searched (it gave consent to data processing).</summary>
    public bool IsSearchable => IsInRegistry && !FailedFilters.Contains(HardFilter.Consent);
}
