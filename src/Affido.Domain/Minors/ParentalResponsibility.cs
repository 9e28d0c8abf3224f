namespace Affido.Domain;

/// <summary>Who holds parental responsibility (responsabilità genitoriale, art. 316 c.c.) for the minor, and so consents to a consensual placement (Reg. art. 3).</summary>
public enum ParentalResponsibility
{
    /// <summary>The parents (one or both): they give the written consent.</summary>
    Parents = 0,

    /// <summary>A guardian (tutore): the guardian gives the written consent.</summary>
    Guardian = 1,
}
