using NodaTime;

namespace Affido.Domain;

/// <summary>A signature on the individual plan (Reg. art. 8).</summary>
/// <param name="By">Who signed.</param>
/// <param name="SignedOn">When.</param>
public sealed record PlanSignature(Signatory By, LocalDate SignedOn);
