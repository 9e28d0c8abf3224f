namespace Affido.Domain;

/// <summary>Whether the carers are relatives of the minor (Reg. art. 3).</summary>
public enum Relationship
{
    /// <summary>Kinship placement (affidamento parentale o intrafamiliare): relatives within the 4th degree; the first resource the services must look for (Reg. art. 3).</summary>
    Kinship = 0,

    /// <summary>Non-kinship placement (affidamento eterofamiliare): carers outside the family, selected and trained.</summary>
    NonKinship = 1,
}
