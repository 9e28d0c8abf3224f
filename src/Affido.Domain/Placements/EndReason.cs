namespace Affido.Domain;

/// <summary>Why a placement ended (mapped later to SINBA's EsitoAffido).</summary>
public enum EndReason
{
    /// <summary>The minor returned to the family of origin.</summary>
    ReturnToFamily = 0,

    /// <summary>The minor was declared adoptable or adopted.</summary>
    Adoption = 1,

    /// <summary>The minor moved to another placement or to residential care.</summary>
    OtherPlacement = 2,

    /// <summary>The minor came of age.</summary>
    ComingOfAge = 3,

    /// <summary>Another reason.</summary>
    Other = 4,
}
