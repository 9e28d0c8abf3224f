using Affido.Domain;
using NodaTime;

namespace Affido.Rules;

/// <summary>Date arithmetic on the lengths (<see cref="Period"/>s) that plans, orders and policies state, shared by the rules.</summary>
internal static class DateLengths
{
    /// <summary>
    /// Whether <paramref name="length"/> moves every date forward: date units only, none negative, one positive. A
    /// length mixing signs (one month minus 29 days) goes back from some dates (31 January), so a schedule built on it
    /// could stand still.
    /// </summary>
    public static bool AlwaysAdvances(Period? length)
        => length is not null && !length.HasTimeComponent
           && length.Years >= 0 && length.Months >= 0 && length.Weeks >= 0 && length.Days >= 0
           && (length.Years > 0 || length.Months > 0 || length.Weeks > 0 || length.Days > 0);

    /// <summary>Whether <paramref name="length"/> has only date units and moves <paramref name="anchor"/> forward within <see cref="SupportedDates"/>.</summary>
    public static bool IsPositive(Period? length, LocalDate anchor) => SupportedDates.TryAdd(anchor, length) is { } end && end > anchor;

    /// <summary>The date part of a period (years, months, weeks, days); time units are not dates and are dropped.</summary>
    public static Period DatePart(Period period)
        => period.HasTimeComponent ? new PeriodBuilder { Years = period.Years, Months = period.Months, Weeks = period.Weeks, Days = period.Days }.Build() : period;

    /// <summary>The first day of the policy's notice window before <paramref name="end"/> (<see cref="DistrictPolicy.ExpiryNoticeWindow"/>).</summary>
    public static LocalDate NoticeFrom(LocalDate end, DistrictPolicy policy) => end.Minus(DatePart(policy.ExpiryNoticeWindow));
}
