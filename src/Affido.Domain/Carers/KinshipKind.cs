namespace Affido.Domain;

/// <summary>Kinship by blood (parentela, art. 74 c.c.) or by marriage (affinità, art. 78 c.c.).</summary>
public enum KinshipKind
{
    /// <summary>Blood relation (parentela): the degree counts the generations up to the common ancestor and down (art. 76 c.c.).</summary>
    Blood = 0,

    /// <summary>In-law relation (affinità): the degree of the spouse's blood relation (art. 78 c.c.).</summary>
    Affinity = 1,
}
