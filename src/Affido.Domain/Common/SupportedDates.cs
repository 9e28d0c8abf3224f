using NodaTime;

namespace Affido.Domain;

/// <summary>
/// The dates the library works with: from 1 January 1900 to 31 December 2199. Validators reject any date outside this
/// range, and any period that takes a date beyond it, with <see cref="ValidationCodes.DateOutOfRange"/> or
/// <see cref="ValidationCodes.PeriodOutOfRange"/>, naming the member.
/// </summary>
/// <remarks>
/// A bound keeps every computation (ages, terms, calendars, day numbers in the matching index) far from NodaTime's
/// limits, so that no valid input can overflow; two centuries either side of today cover every birth, placement and
/// term a social service records.
/// </remarks>
public static class SupportedDates
{
    /// <summary>The first supported date: 1900-01-01.</summary>
    public static LocalDate Earliest { get; } = new(1900, 1, 1);

    /// <summary>The last supported date: 2199-12-31.</summary>
    public static LocalDate Latest { get; } = new(2199, 12, 31);

    /// <summary>Whether <paramref name="date"/> lies in the supported range (both ends included).</summary>
    /// <param name="date">The date.</param>
    /// <returns>True when supported.</returns>
    public static bool Contains(LocalDate date) => date >= Earliest && date <= Latest;

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
}
