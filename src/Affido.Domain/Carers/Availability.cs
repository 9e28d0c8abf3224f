using NodaTime;

namespace Affido.Domain;

/// <summary>What a carer is available for (disponibilità d'accoglienza, Provincia di Milano registry).</summary>
/// <remarks>
/// Built with an object initializer: <see cref="Forms"/>, <see cref="Arrangements"/>, <see cref="Places"/> and
/// <see cref="From"/> are required; ages default to every minor (0-17), accepted needs to none, the end to open-ended.
/// <see cref="ToString"/> leaves out <see cref="AcceptedNeeds"/>: the need levels a carer accepts are not printed in
/// logs, like the minors' needs they are matched against.
/// </remarks>
public sealed record Availability
{
    /// <summary>The placement forms accepted (Reg. art. 3).</summary>
    public required ValueArray<PlacementForm> Forms { get; init; }

    /// <summary>Full time, part time, or both (Reg. art. 3).</summary>
    public required ValueArray<TimeArrangement> Arrangements { get; init; }

    /// <summary>The number of minors the carer can take now: one or more.</summary>
    public required int Places { get; init; }

    /// <summary>The first day of availability.</summary>
    public required LocalDate From { get; init; }

    /// <summary>The last day of availability (inclusive), or <see langword="null"/> when open-ended.</summary>
    public LocalDate? Until { get; init; }

    /// <summary>The ages of the minors accepted; every minor (0-17) by default.</summary>
    public AgeRange Ages { get; init; } = AgeRange.AnyMinor;

    /// <summary>The highest level accepted in each need category; none by default.</summary>
    public NeedProfile AcceptedNeeds { get; init; }

    /// <summary>Whether the carer is available on <paramref name="date"/>.</summary>
    /// <param name="date">The date.</param>
    public bool Covers(LocalDate date) => date >= From && (Until is null || date <= Until.Value);

    /// <summary>
    /// "Availability { Forms = [Ordinary], Arrangements = [FullTime], Places = 1, From = 2025-01-01, Until = , Ages = 0-17 }":
    /// every member but <see cref="AcceptedNeeds"/> (see the remarks).
    /// </summary>
    /// <param name="builder">The builder the members are printed to.</param>
    /// <returns>Whether anything was printed.</returns>
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("Forms = ").Append(Forms.ToString())
            .Append(", Arrangements = ").Append(Arrangements.ToString())
            .Append(", Places = ").Append(Places.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Append(", From = ").Append(From.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
            .Append(", Until = ").Append(Until?.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
            .Append(", Ages = ").Append(Ages?.ToString());
        return true;
    }
}
