namespace Affido.Domain;

/// <summary>Where a contraindication to keeping siblings together is stated (Reg. art. 4).</summary>
public enum ContraindicationSource
{
    /// <summary>In the individual plan (progetto di affido).</summary>
    Plan = 0,

    /// <summary>In the court's decree (provvedimento del Tribunale).</summary>
    Decree = 1,
}
