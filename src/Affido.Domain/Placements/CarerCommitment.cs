using NodaTime;

namespace Affido.Domain;

/// <summary>The carers' signed commitment (atto di impegno degli affidatari, Reg. art. 3).</summary>
/// <param name="SignedOn">The date of signature.</param>
public sealed record CarerCommitment(LocalDate SignedOn);
