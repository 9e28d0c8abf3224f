namespace Affido.Rules;

/// <summary>The outcome of an extraordinary request.</summary>
public enum ExtraordinaryOutcome
{
    /// <summary>Payable (possibly reduced to the documented expense, the approved quote or the remaining cap).</summary>
    Payable = 0,

    /// <summary>The placement is owed no contribution (Reg. art. 9 a, no hardship approval).</summary>
    NotEntitled = 1,

    /// <summary>The quote was not approved before the expense (Reg. art. 9 b: "approvazione preventiva").</summary>
    NotApprovedInAdvance = 2,

    /// <summary>No invoice or fiscal document yet: paid only after it is shown.</summary>
    NotDocumented = 3,

    /// <summary>The annual cap is already reached.</summary>
    CapReached = 4,
}
