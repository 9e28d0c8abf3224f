using NodaTime;

namespace Affido.TestSupport;

/// <summary>An <see cref="IClock"/> whose time the test sets (NodaTime.Testing's FakeClock is not served by our registry).</summary>
/// <remarks>Thread-safe; the time only moves when the test moves it.</remarks>
public sealed class FakeClock : IClock
{
    private long ticks;

    /// <summary>Starts the clock at <paramref name="initial"/>.</summary>
    /// <param name="initial">The starting instant.</param>
    public FakeClock(Instant initial) => ticks = initial.ToUnixTimeTicks();

    /// <summary>A clock at midnight, Europe/Rome, of <paramref name="date"/>.</summary>
    /// <param name="date">The local date in Rome.</param>
    public static FakeClock AtRomeDate(LocalDate date)
        => new(date.AtStartOfDayInZone(DateTimeZoneProviders.Tzdb["Europe/Rome"]).ToInstant());

    /// <inheritdoc />
    public Instant GetCurrentInstant() => Instant.FromUnixTimeTicks(Interlocked.Read(ref ticks));

    /// <summary>Moves the clock to <paramref name="instant"/>.</summary>
    /// <param name="instant">The new time.</param>
    public void Reset(Instant instant) => Interlocked.Exchange(ref ticks, instant.ToUnixTimeTicks());

    /// <summary>Moves the clock forward (or back, with a negative duration).</summary>
    /// <param name="duration">How far.</param>
    public void Advance(Duration duration) => Interlocked.Add(ref ticks, duration.BclCompatibleTicks);
}
