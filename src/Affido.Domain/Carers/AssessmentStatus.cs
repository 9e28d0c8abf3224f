namespace Affido.Domain;

/// <summary>Where a carer stands in the service's assessment (valutazione / idoneità, Reg. art. 7.1).</summary>
public enum AssessmentStatus
{
    /// <summary>Still being assessed: shown in a search only when the request allows it.</summary>
    InAssessment = 0,

    /// <summary>Assessed and approved: may receive placements.</summary>
    Approved = 1,

    /// <summary>Temporarily suspended: never shown.</summary>
    Suspended = 2,

    /// <summary>Withdrawn (by the carer or the service): never shown.</summary>
    Withdrawn = 3,
}
