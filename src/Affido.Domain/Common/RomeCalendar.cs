using NodaTime;

namespace Affido.Domain;

/// <summary>Today's date in Italy (Europe/Rome, from the bundled tz database), for the validators that need "today".</summary>
internal static class RomeCalendar
{
    private static readonly DateTimeZone Rome = DateTimeZoneProviders.Tzdb["Europe/Rome"];

    /// <summary>The date in Europe/Rome at the clock's current instant.</summary>
    public static LocalDate Today(IClock clock) => clock.GetCurrentInstant().InZone(Rome).Date;
}
