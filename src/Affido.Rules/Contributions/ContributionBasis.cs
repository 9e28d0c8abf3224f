namespace Affido.Rules;

/// <summary>Why a placement is, or is not, owed a monthly contribution (Reg. art. 9).</summary>
public enum ContributionBasis
{
    /// <summary>Nothing is owed: consensual kinship or direct placement without an approved hardship assessment (Reg. art. 9 a).</summary>
    None = 0,

    /// <summary>The monthly flat contribution: consensual non-kinship, or judicial other than direct (Reg. art. 9 b).</summary>
    Flat = 1,

    /// <summary>A hardship contribution, as for judicial placements, after assessment and approval (Reg. art. 9 a).</summary>
    Hardship = 2,
}
