using NodaTime;

namespace Affido.Domain;

/// <summary>A decree of a judicial authority on the placement (decreto).</summary>
/// <param name="Authority">Who issued it: the giudice tutelare makes a consensual placement executive; the tribunale per i minorenni decrees a judicial one.</param>
/// <param name="IssuedOn">The date of the decree.</param>
/// <param name="Reference">The decree's reference (number and year), as the CSI records it.</param>
public sealed record Decree(Authority Authority, LocalDate IssuedOn, string Reference);
