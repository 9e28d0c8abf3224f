using NodaTime;

namespace Affido.Domain;

/// <summary>An extension (proroga) of the placement beyond its presumed duration by the tribunale per i minorenni (L. 184/1983 art. 4 c. 4).</summary>
/// <param name="DecreedOn">The date of the court's decree.</param>
/// <param name="Until">The new planned end (inclusive).</param>
/// <param name="OnProsecutorRequest">Whether the public prosecutor requested it (required since 28 February 2023, D.Lgs. 149/2022).</param>
/// <param name="Ground">Harm (before 28 February 2023) or serious harm (since).</param>
public sealed record Extension(LocalDate DecreedOn, LocalDate Until, bool OnProsecutorRequest, HarmGround Ground);
