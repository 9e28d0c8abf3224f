using NodaTime;

namespace Affido.Rules;

/// <summary>
/// The terms of art. 403 c.c. (as replaced by L. 206/2021 art. 1 c. 27) and how they are counted: hours as elapsed
/// hours on instants, days as calendar days in Europe/Rome.
/// </summary>
/// <remarks>
/// <para>
/// Hours (24, 72, 48): elapsed time from the instant the previous step happened; a step exactly at the end of its
/// term is in time ("entro le ventiquattro ore"), one tick later it is late. Across a daylight-saving change the
/// local clock shows 23 or 25 hours of difference: the elapsed hours are what count.
/// </para>
/// <para>
/// Days (15): calendar days in Europe/Rome counted as art. 155 c. 1 c.p.c. (and art. 2963 c.c.) count terms in days:
/// the day of the starting step is excluded and the term ends at the end of the 15th day after it, whatever the hour
/// of the starting step. So a validation decreed at any time on 10 March allows the hearing until 25 March at
/// 23:59:59.999999999 local time; <see cref="Deadline"/> is that last instant. The end of a day is the instant before
/// the next day's start in Europe/Rome (<see cref="DateTimeZone.AtStartOfDay"/>, which never fails: midnight is not
/// skipped in Rome, and would be resolved to the first valid instant if it were). Whether a term ending on a holiday
/// moves to the next working day (art. 155 c. 4 c.p.c.) is not applied: courts treat art. 403 terms as urgent.
/// </para>
/// <para>Times are presented in Europe/Rome from the bundled tz database (<c>DateTimeZoneProviders.Tzdb["Europe/Rome"]</c>).
/// The terms apply to removals from 22 June 2022 (<see cref="RuleValidity.SinceLaw206Of2021"/>).</para>
/// </remarks>
public static class UrgentRemovalTerms
{
    /// <summary>The time zone in which days are counted and local times presented: Europe/Rome from the bundled tz database.</summary>
    public static DateTimeZone Rome { get; } = DateTimeZoneProviders.Tzdb["Europe/Rome"];

    /// <summary>To the prosecutor within 24 hours of placing in safety (art. 403 c. 2 c.c.).</summary>
    public static Duration Transmission { get; } = Duration.FromHours(24);

    /// <summary>Validation request within the following 72 hours (art. 403 c. 3 c.c.).</summary>
    public static Duration ValidationRequest { get; } = Duration.FromHours(72);

    /// <summary>Validation decree within the following 48 hours (art. 403 c. 4 c.c.).</summary>
    public static Duration ValidationDecree { get; } = Duration.FromHours(48);

    /// <summary>Hearing within 15 days of the validation decree, and collegial decree within 15 days of the hearing (art. 403 c. 4-5 c.c.).</summary>
    public const int DaysTerm = 15;

    /// <summary>Whether the term of <paramref name="step"/> is in days (else in hours).</summary>
    /// <param name="step">The step.</param>
    public static bool IsInDays(UrgentRemovalStep step) => step is UrgentRemovalStep.Hearing or UrgentRemovalStep.CollegialDecree;

    /// <summary>The last instant at which <paramref name="step"/> is in time when its term runs from <paramref name="from"/>.</summary>
    /// <param name="step">The step; not <see cref="UrgentRemovalStep.PlacedInSafety"/>, which has no term.</param>
    /// <param name="from">The instant the term starts (the previous step).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="step"/> has no term or is undefined, or <paramref name="from"/> lies within 30 days of NodaTime's first or last instant.</exception>
    public static Instant Deadline(UrgentRemovalStep step, Instant from) => from < Instant.MinValue + Duration.FromDays(30) || from > Instant.MaxValue - Duration.FromDays(30)
        ? throw new ArgumentOutOfRangeException(nameof(from), "The instant lies within 30 days of the first or last instant NodaTime holds.")
        : step switch
    {
        UrgentRemovalStep.TransmissionToProsecutor => from + Transmission,
        UrgentRemovalStep.ValidationRequest => from + ValidationRequest,
        UrgentRemovalStep.ValidationDecree => from + ValidationDecree,
        UrgentRemovalStep.Hearing or UrgentRemovalStep.CollegialDecree => EndOfDay(LocalDateInRome(from).PlusDays(DaysTerm)),
        _ => throw new ArgumentOutOfRangeException(nameof(step), step, "The step has no term."),
    };

    /// <summary>The local date in Europe/Rome of <paramref name="instant"/>.</summary>
    /// <param name="instant">The instant.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="instant"/> lies within a day of NodaTime's first or last instant (its local date does not exist).</exception>
    public static LocalDate LocalDateInRome(Instant instant) => InRome(instant).Date;

    /// <summary>The last instant of <paramref name="date"/> in Europe/Rome.</summary>
    /// <param name="date">The local date.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is of another calendar, or within two days of NodaTime's first or last date.</exception>
    public static Instant EndOfDay(LocalDate date)
    {
        if (date.Calendar != CalendarSystem.Iso || date < LocalDate.MinIsoValue.PlusDays(2) || date > LocalDate.MaxIsoValue.PlusDays(-2))
        {
            throw new ArgumentOutOfRangeException(nameof(date), "The date is of another calendar, or within two days of the first or last date NodaTime holds.");
        }

        return Rome.AtStartOfDay(date.PlusDays(1)).ToInstant() - Duration.Epsilon;
    }

    /// <summary>The instant in Europe/Rome, refusing by name the instants whose local date NodaTime cannot hold.</summary>
    private static ZonedDateTime InRome(Instant instant)
    {
        if (instant < Instant.MinValue + Duration.FromDays(1) || instant > Instant.MaxValue - Duration.FromDays(1))
        {
            throw new ArgumentOutOfRangeException(nameof(instant), "The instant lies within a day of the first or last instant NodaTime holds.");
        }

        return instant.InZone(Rome);
    }

    /// <summary>The UTC offset of Europe/Rome at <paramref name="instant"/>, as "+01" or "+02", for presentation next to a local time.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>The offset in hours, with its sign.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="instant"/> lies within a day of NodaTime's first or last instant.</exception>
    public static string OffsetInRome(Instant instant)
    {
        var offset = InRome(instant).Offset.ToTimeSpan();
        char sign = offset < TimeSpan.Zero ? '-' : '+';
        return sign + offset.Duration().ToString("hh", System.Globalization.CultureInfo.InvariantCulture);
    }
}
