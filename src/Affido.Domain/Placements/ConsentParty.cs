namespace Affido.Domain;

/// <summary>Who gives a written consent to a placement (Reg. art. 3).</summary>
public enum ConsentParty
{
    /// <summary>The parents, holders of parental responsibility.</summary>
    Parents = 0,

    /// <summary>The guardian (tutore).</summary>
    Guardian = 1,

    /// <summary>The minor, from 14 (Reg. art. 3 and 4).</summary>
    Minor = 2,
}
