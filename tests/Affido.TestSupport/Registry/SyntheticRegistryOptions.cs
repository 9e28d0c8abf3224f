using NodaTime;

namespace Affido.TestSupport;

/// <summary>What <see cref="SyntheticRegistry"/> generates: how many carers, from which seed, as of which date, over which territory.</summary>
/// <param name="Count">How many carers (0 or more).</param>
/// <param name="Seed">The seed: the same seed gives the same registry.</param>
/// <param name="AsOf">The reference date: availability, waiting times and children's ages are set around it.
/// Defaults to <see cref="DefaultAsOf"/>.</param>
/// <param name="Territory">The territory; defaults to <see cref="LombardyTerritory.Instance"/>.</param>
public sealed record SyntheticRegistryOptions(int Count, ulong Seed = SyntheticRegistryOptions.DefaultSeed, LocalDate AsOf = default, LombardyTerritory? Territory = null)
{
    /// <summary>The seed the demo and the benchmarks use unless told otherwise.</summary>
    public const ulong DefaultSeed = 20_260_301;

    /// <summary>The reference date used when none is given: 1 March 2026.</summary>
    public static LocalDate DefaultAsOf { get; } = new(2026, 3, 1);

    /// <summary>The reference date (<see cref="DefaultAsOf"/> when not set).</summary>
    public LocalDate AsOf { get; init; } = AsOf == default ? DefaultAsOf : AsOf;
}
