namespace Affido.Matching;

/// <summary>
/// The stable reason codes of the hard filters, and the fixed order in which they are applied.
/// </summary>
/// <remarks>
/// A search counts each excluded carer once, under the FIRST filter it fails in <see cref="InOrder"/> order, so
/// the counts add up to the number of excluded carers; <c>Explain</c> lists every filter a carer fails.
/// Integrators store and translate these strings: they never change.
/// </remarks>
public static class ReasonCodes
{
    /// <summary>Neither approved nor (when the request allows it) in assessment.</summary>
    public const string Status = "status-not-eligible";

    /// <summary>No informed consent to data processing.</summary>
    public const string Consent = "consent-missing";

    /// <summary>Not available on the expected start.</summary>
    public const string Availability = "not-available-at-start";

    /// <summary>Does not accept the placement form or the time arrangement.</summary>
    public const string FormAndArrangement = "form-or-arrangement-not-accepted";

    /// <summary>Fewer free places than minors in the group.</summary>
    public const string Places = "not-enough-places";

    /// <summary>The age range does not accept every minor.</summary>
    public const string AgeRange = "age-out-of-range";

    /// <summary>Does not accept some need at the minors' level.</summary>
    public const string Needs = "need-not-accepted";

    /// <summary>Lives where the protection constraint forbids.</summary>
    public const string Protection = "protection-constraint";

    /// <summary>Kinship search: not a relative of the minors within the 4th degree.</summary>
    public const string Kinship = "not-a-relative";

    /// <summary>Related within the 4th degree to a judge, court expert or social worker of the proceeding.</summary>
    public const string ConflictOfInterest = "conflict-of-interest";

    /// <summary>Every reason code, in the order filters are applied.</summary>
    public static ValueArray<string> InOrder { get; } =
        [Status, Consent, Availability, FormAndArrangement, Places, AgeRange, Needs, Protection, Kinship, ConflictOfInterest];

    /// <summary>The number of hard filters.</summary>
    public const int Count = 10;
}
