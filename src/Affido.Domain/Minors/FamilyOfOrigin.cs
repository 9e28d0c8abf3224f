namespace Affido.Domain;

/// <summary>The minor's family of origin (famiglia d'origine, Reg. art. 5).</summary>
/// <param name="Municipality">Where the family lives: the reference for proximity.</param>
/// <param name="Guardian">The guardian, when one holds parental responsibility instead of the parents.</param>
public sealed record FamilyOfOrigin(Municipality Municipality, Guardian? Guardian = null)
{
    /// <summary>Who holds parental responsibility: the guardian when one is appointed, otherwise the parents.</summary>
    public ParentalResponsibility ResponsibilityHolder => Guardian is null ? ParentalResponsibility.Parents : ParentalResponsibility.Guardian;
}
