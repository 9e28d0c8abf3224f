namespace Affido.Domain;

/// <summary>The form of placement: the ordinary one or an experimental form the district supports (Reg. art. 3).</summary>
public enum PlacementForm
{
    /// <summary>The ordinary family placement.</summary>
    Ordinary = 0,

    /// <summary>Emergency placement (affido familiare di situazioni di emergenza).</summary>
    Emergency = 1,

    /// <summary>Professional placement (affido professionale).</summary>
    Professional = 2,

    /// <summary>Placement of an unaccompanied foreign minor (affido familiare di MSNA, L. 47/2017 art. 7).</summary>
    UnaccompaniedForeignMinor = 3,

    /// <summary>Solidarity neighbourhood (esperienze di accoglienza – vicinanza solidale).</summary>
    SolidarityNeighbourhood = 4,
}
