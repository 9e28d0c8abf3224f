using NodaTime;

namespace Affido.Domain.Tests.Common;

public sealed class SupportedDatesTests
{
    [Fact]
    public void The_range_is_1900_to_2199_both_included()
    {
        Assert.True(SupportedDates.Contains(new LocalDate(1900, 1, 1)));
        Assert.True(SupportedDates.Contains(new LocalDate(2199, 12, 31)));
        Assert.False(SupportedDates.Contains(new LocalDate(1899, 12, 31)));
        Assert.False(SupportedDates.Contains(new LocalDate(2200, 1, 1)));
        Assert.False(SupportedDates.Contains(default));
    }

    [Fact]
    public void A_date_of_another_calendar_is_not_supported_and_never_throws()
        => Assert.False(SupportedDates.Contains(new LocalDate(2020, 1, 1, CalendarSystem.Julian)));

    [Fact]
    public void TryAdd_returns_null_instead_of_throwing()
    {
        Assert.Equal(new LocalDate(2027, 3, 1), SupportedDates.TryAdd(new LocalDate(2025, 3, 1), Period.FromMonths(24)));
        Assert.Null(SupportedDates.TryAdd(new LocalDate(2025, 3, 1), Period.FromYears(1_000_000)));
        Assert.Null(SupportedDates.TryAdd(new LocalDate(2025, 3, 1), Period.FromDays(int.MinValue)));
        Assert.Null(SupportedDates.TryAdd(new LocalDate(2025, 3, 1), Period.FromWeeks(int.MaxValue)));
        Assert.Null(SupportedDates.TryAdd(new LocalDate(2025, 3, 1), Period.FromHours(1)));
        Assert.Null(SupportedDates.TryAdd(new LocalDate(2025, 3, 1), null));
        Assert.Null(SupportedDates.TryAdd(new LocalDate(9999, 12, 21), Period.FromDays(1)));
        Assert.Null(SupportedDates.TryAdd(new LocalDate(2199, 12, 31), Period.FromDays(1)));
    }
}
