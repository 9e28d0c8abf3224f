using NodaTime;

namespace Affido.Domain;

/// <summary>The hearing of a minor (ascolto del minore, L. 184/1983 art. 4 c. 1; art. 315-bis c.c.).</summary>
/// <param name="Minor">The minor heard.</param>
/// <param name="HeldOn">The date of the hearing.</param>
public sealed record Hearing(MinorCode Minor, LocalDate HeldOn);
