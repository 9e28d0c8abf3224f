using NodaTime;

namespace Affido.Domain;

/// <summary>
/// The dates the library works with: from 1 January 1900 to 31 December 2199, in the ISO calendar. Validators reject
/// any date outside this range, and any period that takes a date beyond it, with
/// <see cref="ValidationCodes.DateOutOfRange"/> or <see cref="ValidationCodes.PeriodOutOfRange"/>, naming the member.
/// </summary>
/// <remarks>
/// A bound keeps every computation (ages, terms, calendars, day numbers in the matching index) far from NodaTime's
/// limits, so that no valid input can overflow; two centuries either side of today cover every birth, placement and
/// term a social service records. A date of another calendar (Julian, Hebrew...) is not supported: NodaTime refuses to
/// compare dates of different calendars, so the library never receives one.
/// </remarks>
public static class SupportedDates
{
    /// <summary>The first supported date: 1900-01-01.</summary>
    public static LocalDate Earliest { get; } = new(1900, 1, 1);

    /// <summary>The last supported date: 2199-12-31.</summary>
    public static LocalDate Latest { get; } = new(2199, 12, 31);

    /// <summary>
    /// The date to which a period given without its start (a plan's presumed duration or verification cadence) is
    /// added to check its range: 2000-01-01. A period that takes it beyond <see cref="Latest"/> is out of range.
    /// </summary>
    public static LocalDate PeriodReferenceDate { get; } = new(2000, 1, 1);

    /// <summary>Whether <paramref name="date"/> is an ISO date in the supported range (both ends included).</summary>
    /// <param name="date">The date.</param>
    /// <returns>True when supported.</returns>
    public static bool Contains(LocalDate date)
        => date.Calendar == CalendarSystem.Iso && date >= Earliest && date <= Latest;

    /// <summary>
    /// <paramref name="date"/> plus <paramref name="period"/>, or <see langword="null"/> when the period has time units,
    /// or either date would leave the supported range (never an exception).
    /// </summary>
    /// <param name="date">The date.</param>
    /// <param name="period">The period; <see langword="null"/> gives <see langword="null"/>.</param>
    /// <returns>The date, when supported.</returns>
    public static LocalDate? TryAdd(LocalDate date, Period? period)
    {
        if (period is null || period.HasTimeComponent || !Contains(date))
        {
            return null;
        }

        // Each unit is bounded first, so that the addition itself cannot overflow.
        const long MaxYears = 2199 - 1900 + 1;
        if (Math.Abs((long)period.Years) > MaxYears || Math.Abs((long)period.Months) > MaxYears * 12
            || Math.Abs((long)period.Weeks) > MaxYears * 53 || Math.Abs((long)period.Days) > MaxYears * 366)
        {
            return null;
        }

        var result = date.Plus(period);
        return Contains(result) ? result : null;
    }

    /// <summary>
    /// Whether <paramref name="date"/> is not before <paramref name="reference"/>, or either is unsupported (an
    /// unsupported date is reported on its own member, and is never compared).
    /// </summary>
    internal static bool NotBefore(LocalDate date, LocalDate reference)
        => !Contains(date) || !Contains(reference) || date >= reference;

    /// <summary>Whether <paramref name="date"/> is not after <paramref name="reference"/>, or either is unsupported.</summary>
    internal static bool NotAfter(LocalDate date, LocalDate reference)
        => !Contains(date) || !Contains(reference) || date <= reference;
}
