using NodaTime;

namespace Affido.Matching;

/// <summary>
/// Day numbers for dates, the index's date encoding: days since 1970-01-01 in the ISO calendar, defined for every
/// <see cref="LocalDate"/> NodaTime can hold (years -9998 to 9999), so no date in a registry can make the index throw.
/// </summary>
/// <remarks>The civil-from-days arithmetic of H. Hinnant, "chrono-Compatible Low-Level Date Algorithms".</remarks>
internal static class DayNumbers
{
    private const int DaysPer400Years = 146_097;
    private const int DaysFromYearZeroToEpoch = 719_468;

    /// <summary><see cref="DateOnly.DayNumber"/> of 1970-01-01.</summary>
    private const int EpochDayNumber = 719_162;

    public static int Of(LocalDate date)
    {
        if (date.Calendar != CalendarSystem.Iso)
        {
            date = date.WithCalendar(CalendarSystem.Iso);
        }

        // DateOnly holds years 1 to 9999 and is the faster path; the arithmetic covers the years before.
        if (date.Year >= 1)
        {
            return date.ToDateOnly().DayNumber - EpochDayNumber;
        }

        int month = date.Month;
        int year = month <= 2 ? date.Year - 1 : date.Year;
        int era = (year >= 0 ? year : year - 399) / 400;
        int yearOfEra = year - (era * 400);
        int dayOfYear = ((153 * (month > 2 ? month - 3 : month + 9)) + 2) / 5 + date.Day - 1;
        int dayOfEra = (yearOfEra * 365) + (yearOfEra / 4) - (yearOfEra / 100) + dayOfYear;
        return (era * DaysPer400Years) + dayOfEra - DaysFromYearZeroToEpoch;
    }

    /// <exception cref="ArgumentOutOfRangeException">The day is outside the dates NodaTime can hold.</exception>
    public static LocalDate ToDate(int dayNumber)
    {
        int days = dayNumber + DaysFromYearZeroToEpoch;
        int era = (days >= 0 ? days : days - (DaysPer400Years - 1)) / DaysPer400Years;
        int dayOfEra = days - (era * DaysPer400Years);
        int yearOfEra = (dayOfEra - (dayOfEra / 1460) + (dayOfEra / 36524) - (dayOfEra / (DaysPer400Years - 1))) / 365;
        int dayOfYear = dayOfEra - ((365 * yearOfEra) + (yearOfEra / 4) - (yearOfEra / 100));
        int shiftedMonth = ((5 * dayOfYear) + 2) / 153;
        int day = dayOfYear - (((153 * shiftedMonth) + 2) / 5) + 1;
        int month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
        int year = yearOfEra + (era * 400) + (month <= 2 ? 1 : 0);
        return new LocalDate(year, month, day);
    }
}
