namespace Affido.Matching;

/// <summary>Builds <see cref="CarerIndex"/> snapshots with the registered options (the DI entry point).</summary>
public sealed class CarerIndexFactory
{
    private readonly MatchingOptions options;

    /// <summary>Creates a factory with validated <paramref name="options"/>.</summary>
    /// <param name="options">Weights and constants.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> are invalid.</exception>
    public CarerIndexFactory(MatchingOptions options) => this.options = OptionsGuard.Validated(options);

    /// <summary>A snapshot of <paramref name="carers"/> (see <see cref="CarerIndex.Build"/>).</summary>
    /// <param name="carers">The registry.</param>
    /// <returns>The index.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="carers"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentException">A carer code is blank or appears twice.</exception>
    public CarerIndex Build(IEnumerable<FosterCarer> carers) => CarerIndex.Build(carers, options);
}
