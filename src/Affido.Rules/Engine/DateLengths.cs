using NodaTime;

namespace Affido.Rules;

/// <summary>Date arithmetic on the lengths (<see cref="Period"/>s) that plans, orders and policies state, shared by the rules.</summary>
internal static class DateLengths
{
    /// <summary>Whether <paramref name="length"/> has only date units and moves <paramref name="anchor"/> forward.</summary>
    public static bool IsPositive(Period length, LocalDate anchor) => !length.HasTimeComponent && anchor.Plus(length) > anchor;

    /// <summary>The date part of a period (years, months, weeks, days); time units are not dates and are dropped.</summary>
    public static Period DatePart(Period period)
        => period.HasTimeComponent ? new PeriodBuilder { Years = period.Years, Months = period.Months, Weeks = period.Weeks, Days = period.Days }.Build() : period;

    /// <summary>The first day of the policy's notice window before <paramref name="end"/> (<see cref="DistrictPolicy.ExpiryNoticeWindow"/>).</summary>
    public static LocalDate NoticeFrom(LocalDate end, DistrictPolicy policy) => end.Minus(DatePart(policy.ExpiryNoticeWindow));
}
