namespace Affido.Matching;

/// <summary>
/// The hard filters: a carer that fails any of them is never a candidate. Each value is, at once, the filter's
/// position in the fixed order of application, its slot in <see cref="MatchResult.Exclusions"/> and its bit
/// (<c>1 &lt;&lt; value</c>) in the index's failure mask.
/// </summary>
/// <remarks>
/// <para>Declared once, with its reason code, legal source and labels, in the table <see cref="HardFilters"/>;
/// everything else (the index scan, <see cref="CarerIndex.Explain"/>, planning, the specifications, docs/matching.md)
/// derives from it.</para>
/// <para>A search counts each excluded carer once, under the FIRST filter it fails in this order, so the counts add up
/// to the carers excluded. <see cref="Consent"/> comes first: a carer without consent is not processed at all, so it
/// is counted and explained under that filter only. The filters that read the carers' relatives
/// (<see cref="Kinship"/>, <see cref="ConflictOfInterest"/>) come last: the index evaluates them only for the carers
/// that pass every other filter, which keeps the scan branch-free.</para>
/// </remarks>
public enum HardFilter
{
    /// <summary>The carer gave informed consent to the processing of their data (bit 0).</summary>
    Consent = 0,

    /// <summary>The carer is approved, or in assessment when the request allows it (bit 1).</summary>
    Status = 1,

    /// <summary>The carer's availability covers the expected start (bit 2).</summary>
    Availability = 2,

    /// <summary>The carer accepts the placement form and the time arrangement (bit 3).</summary>
    FormAndArrangement = 3,

    /// <summary>The carer has at least as many free places as there are minors in the group (bit 4).</summary>
    Places = 4,

    /// <summary>The carer's age range accepts every minor on the expected start (bit 5).</summary>
    AgeRange = 5,

    /// <summary>The carer accepts, in every need category, the group's level (bit 6).</summary>
    Needs = 6,

    /// <summary>The carer lives where the protection constraint allows (bit 7).</summary>
    Protection = 7,

    /// <summary>In a kinship search, the carer is a relative of a minor within the 4th degree (bit 8; reads relatives).</summary>
    Kinship = 8,

    /// <summary>The carer is not related to a judge, court expert or social worker of the proceeding (bit 9; reads relatives).</summary>
    ConflictOfInterest = 9,
}
