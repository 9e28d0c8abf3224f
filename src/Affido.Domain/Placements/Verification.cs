using NodaTime;

namespace Affido.Domain;

/// <summary>A verification of the placement's progress by the social service (verifica, Reg. art. 8 f).</summary>
/// <param name="HeldOn">The date of the verification.</param>
public sealed record Verification(LocalDate HeldOn);
