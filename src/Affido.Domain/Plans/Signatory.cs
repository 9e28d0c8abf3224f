namespace Affido.Domain;

/// <summary>Who signs the individual plan (Reg. art. 8, last paragraphs).</summary>
public enum Signatory
{
    /// <summary>The social service (required).</summary>
    SocialService = 0,

    /// <summary>The foster carers (required).</summary>
    Carers = 1,

    /// <summary>The foster-care service, Servizio Affidi (required).</summary>
    FosterCareService = 2,

    /// <summary>The family of origin ("quando possibile": not required).</summary>
    FamilyOfOrigin = 3,

    /// <summary>The minor ("se opportuno": not required).</summary>
    Minor = 4,
}
