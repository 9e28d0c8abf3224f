namespace Affido.Rules;

/// <summary>What a date in a finding stands for.</summary>
public enum FindingDateRole
{
    /// <summary>The date by which something is, or was, due.</summary>
    Due = 0,

    /// <summary>The first day on which something is overdue or missing.</summary>
    OverdueSince = 1,

    /// <summary>The planned end of the placement.</summary>
    PlannedEnd = 2,

    /// <summary>A birthday that moves a threshold (12, 14, 18).</summary>
    Birthday = 3,

    /// <summary>The date of the provision the rule was judged on.</summary>
    Provision = 4,

    /// <summary>The date of the last act of the kind (the last verification, the last report).</summary>
    Last = 5,

    /// <summary>The maximum date the law allows (e.g. start plus 24 months).</summary>
    Maximum = 6,
}
