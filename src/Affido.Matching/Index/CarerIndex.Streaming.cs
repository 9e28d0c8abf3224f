namespace Affido.Matching;

public sealed partial class CarerIndex
{
    /// <summary>How many carers are read between two progress reports of <see cref="BuildAsync"/>.</summary>
    public const int ProgressInterval = 10_000;

    /// <summary>
    /// Builds the snapshot of a registry read as a stream, e.g. a database query with no tracking
    /// (<c>db.Carers.AsNoTracking().AsAsyncEnumerable()</c>), reporting progress and honouring cancellation while reading.
    /// </summary>
    /// <remarks>
    /// <para>The carers are read to the end (the index is columnar: every column needs the whole registry), then the
    /// snapshot is built as <see cref="Build"/> does, on the calling thread. Cancellation stops the reading at the next
    /// carer and throws <see cref="OperationCanceledException"/>; the build itself, once started, runs to the end.</para>
    /// <para>Progress is reported every <see cref="ProgressInterval"/> carers read, and once more, with
    /// <see cref="CarerIndexBuildProgress.IsComplete"/> set, when the snapshot is ready.</para>
    /// <para>A registry that changes during the day: build the new snapshot with this method while searches go on
    /// on the old one, then swap it in with a <see cref="CarerIndexHolder"/>.</para>
    /// </remarks>
    /// <param name="carers">The registry, as a stream.</param>
    /// <param name="options">Weights and constants of the soft criteria; <see cref="MatchingOptions.Default"/> when null.</param>
    /// <param name="progress">Receives the number of carers read so far; may be null.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <returns>The index.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="carers"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> are invalid; or a carer's code is blank or
    /// appears twice (see <see cref="Build"/>).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled while reading.</exception>
    public static async Task<CarerIndex> BuildAsync(
        IAsyncEnumerable<FosterCarer> carers,
        MatchingOptions? options = null,
        IProgress<CarerIndexBuildProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(carers);
        var validated = OptionsGuard.Validated(options ?? MatchingOptions.Default);
        var registry = new List<FosterCarer>();
        await foreach (var carer in carers.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            registry.Add(carer);
            if (registry.Count % ProgressInterval == 0)
            {
                progress?.Report(new CarerIndexBuildProgress(registry.Count, false));
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        var index = new CarerIndex(registry, validated);
        progress?.Report(new CarerIndexBuildProgress(registry.Count, true));
        return index;
    }
}
