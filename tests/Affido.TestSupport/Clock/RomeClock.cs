using NodaTime;
using NodaTime.Testing;

namespace Affido.TestSupport;

/// <summary>NodaTime.Testing clocks set to a day in Rome, the zone in which the library's validators read "today".</summary>
public static class RomeClock
{
    /// <summary>The Europe/Rome zone of the bundled tz database.</summary>
    public static DateTimeZone Zone { get; } = DateTimeZoneProviders.Tzdb["Europe/Rome"];

    /// <summary>A <see cref="FakeClock"/> at midnight, Europe/Rome, of <paramref name="date"/>.</summary>
    /// <param name="date">The local date in Rome.</param>
    /// <returns>The clock; it moves only when the test moves it.</returns>
    public static FakeClock At(LocalDate date) => new(date.AtStartOfDayInZone(Zone).ToInstant());
}
