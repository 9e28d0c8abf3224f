namespace Affido.Domain;

/// <summary>A stated contraindication to keeping siblings together ("espresse e motivate controindicazioni", Reg. art. 4).</summary>
/// <param name="Source">Where it is stated: the plan or the court's decree.</param>
/// <param name="Reason">The stated reason.</param>
public sealed record SiblingContraindication(ContraindicationSource Source, string Reason);
