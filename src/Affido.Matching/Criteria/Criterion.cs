namespace Affido.Matching;

/// <summary>The soft criteria: each scores a carer in [0,1]; the total is their weighted mean.</summary>
public enum Criterion
{
    /// <summary>Closeness to the family of origin (contacts with the family, L. 184/1983 art. 5 c. 1; Reg. art. 8 c).</summary>
    OriginProximity = 0,

    /// <summary>Closeness to the minors' school (continuity of schooling), only when the request names the school.</summary>
    SchoolProximity = 1,

    /// <summary>Share of the requested languages the carer speaks; only when the request names languages.</summary>
    Language = 2,

    /// <summary>Share of the requested backgrounds the carer shares; only when the request names backgrounds.</summary>
    Background = 3,

    /// <summary>Previous placements and training hours (Reg. art. 6: training of carers).</summary>
    Experience = 4,

    /// <summary>The carers' own minor children should be older than the fostered minors (birth order kept).</summary>
    HouseholdFit = 5,

    /// <summary>Share of the expected duration (L. 184/1983 art. 4 c. 4) that the carer's availability covers.</summary>
    DurationAvailability = 6,

    /// <summary>Relatives first (Reg. art. 3; L. 184/1983 art. 2 c. 1): the closer the degree, the higher.</summary>
    Kinship = 7,

    /// <summary>Fairness to carers who have waited longest since approval or their last placement (capped).</summary>
    WaitingTime = 8,
}
