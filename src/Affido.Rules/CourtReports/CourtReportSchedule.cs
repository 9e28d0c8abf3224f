using Affido.Domain;
using NodaTime;

namespace Affido.Rules;

/// <summary>
/// The six-monthly reports to the supervising authority (L. 184/1983 art. 4 c. 3: the giudice tutelare for consensual
/// placements, the tribunale per i minorenni for judicial ones) as a listable schedule; see <see cref="ActSchedule"/>.
/// </summary>
/// <remarks>A report sent to the other authority does not count.</remarks>
public sealed record CourtReportSchedule : ActSchedule
{
    private CourtReportSchedule(LocalDate start, IEnumerable<LocalDate> acts, LocalDate asOf, LocalDate? end, Authority authority)
        : base(start, Interval, acts, asOf, end)
    {
        Authority = authority;
    }

    /// <summary>The longest interval between two reports: 6 months (L. 184/1983 art. 4 c. 3).</summary>
    public static Period Interval { get; } = Period.FromMonths(6);

    /// <summary>The authority the reports must reach.</summary>
    public Authority Authority { get; }

    /// <summary>The report schedule of <paramref name="placement"/> on <paramref name="asOf"/>.</summary>
    /// <param name="placement">The placement (its legal basis, start, reports and end).</param>
    /// <param name="asOf">The date the schedule is computed for.</param>
    /// <returns>The schedule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="placement"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The placement's start, end or a report's date, or <paramref name="asOf"/>, lies outside <see cref="SupportedDates"/>.</exception>
    public static CourtReportSchedule For(Placement placement, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(placement);
        EnsureSupported(placement.Start, nameof(placement), "The placement's Start");
        EnsureSupported(asOf, nameof(asOf), "asOf");
        var authority = placement.SupervisingAuthority;
        return new CourtReportSchedule(
            placement.Start,
            EnsureSupported(placement.CourtReports.Where(r => r is not null && r.To == authority).Select(r => r.SentOn), nameof(placement), "A court report's SentOn"),
            asOf,
            placement.End is { } end ? EnsureSupported([end.On], nameof(placement), "The placement's End")[0] : null,
            authority);
    }
}
