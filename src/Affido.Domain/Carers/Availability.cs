using NodaTime;

namespace Affido.Domain;

/// <summary>What a carer is available for (disponibilità d'accoglienza, Provincia di Milano registry).</summary>
/// <param name="Forms">The placement forms accepted (Reg. art. 3).</param>
/// <param name="Arrangements">Full time, part time, or both (Reg. art. 3).</param>
/// <param name="Ages">The ages of the minors accepted.</param>
/// <param name="Places">The number of minors the carer can take now: one or more.</param>
/// <param name="AcceptedNeeds">The highest level accepted in each need category.</param>
/// <param name="From">The first day of availability.</param>
/// <param name="Until">The last day of availability (inclusive), or <see langword="null"/> when open-ended.</param>
public sealed record Availability(
    ValueArray<PlacementForm> Forms,
    ValueArray<TimeArrangement> Arrangements,
    AgeRange Ages,
    int Places,
    NeedProfile AcceptedNeeds,
    LocalDate From,
    LocalDate? Until = null)
{
    /// <summary>Whether the carer is available on <paramref name="date"/>.</summary>
    /// <param name="date">The date.</param>
    public bool Covers(LocalDate date) => date >= From && (Until is null || date <= Until.Value);
}
