namespace Affido.Matching;

/// <summary>
/// The current <see cref="CarerIndex"/> of a registry that changes during the day: searches read <see cref="Current"/>,
/// a refresh builds the next snapshot beside it and swaps it in atomically, and no search ever waits for a build.
/// </summary>
/// <remarks>
/// <para>The pattern: register one holder as a singleton; each unit of work takes <c>var index = holder.Current;</c> once
/// and does all its searches and explanations on that snapshot (a swap in the middle never mixes two registries);
/// a background job (a timer, a hosted service, a change notification) calls <see cref="RefreshAsync"/> with a
/// function that builds a new snapshot, e.g. <c>ct =&gt; CarerIndex.BuildAsync(db.Carers.AsNoTracking().AsAsyncEnumerable(), options, null, ct)</c>.</para>
/// <para>Searches already running keep the snapshot they started with until they finish; the old snapshot is then
/// collected like any object. Memory peaks at two snapshots (and the registry being read) during a refresh.
/// Refreshes run one at a time, in call order, so an older build never replaces a newer one; a failed or cancelled
/// build leaves <see cref="Current"/> unchanged.</para>
/// </remarks>
public sealed class CarerIndexHolder : IDisposable
{
    private readonly SemaphoreSlim refreshing = new(1, 1);
    private CarerIndex current;
    private long version;

    /// <summary>Holds <paramref name="initial"/> as the first snapshot (<see cref="Version"/> 0).</summary>
    /// <param name="initial">The first snapshot.</param>
    /// <exception cref="ArgumentNullException"><paramref name="initial"/> is null.</exception>
    public CarerIndexHolder(CarerIndex initial)
    {
        ArgumentNullException.ThrowIfNull(initial);
        current = initial;
    }

    /// <summary>The snapshot to search now. Read it once per unit of work.</summary>
    public CarerIndex Current => Volatile.Read(ref current);

    /// <summary>How many times a snapshot was swapped in since construction.</summary>
    public long Version => Interlocked.Read(ref version);

    /// <summary>Swaps <paramref name="next"/> in atomically; searches started before keep the previous snapshot.</summary>
    /// <param name="next">The new snapshot.</param>
    /// <returns>The previous snapshot.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="next"/> is null.</exception>
    public CarerIndex Replace(CarerIndex next)
    {
        ArgumentNullException.ThrowIfNull(next);
        var previous = Interlocked.Exchange(ref current, next);
        Interlocked.Increment(ref version);
        return previous;
    }

    /// <summary>
    /// Builds a new snapshot with <paramref name="build"/> while searches go on on <see cref="Current"/>, then swaps it
    /// in. Waits for a refresh already running to finish first.
    /// </summary>
    /// <param name="build">Builds the next snapshot (e.g. with <see cref="CarerIndex.BuildAsync"/>).</param>
    /// <param name="cancellationToken">Cancels the wait and is passed to <paramref name="build"/>.</param>
    /// <returns>The snapshot swapped in.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="build"/> is null.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="build"/> returned null.</exception>
    /// <exception cref="OperationCanceledException">Cancelled before the swap (then nothing changes).</exception>
    public async Task<CarerIndex> RefreshAsync(Func<CancellationToken, Task<CarerIndex>> build, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(build);
        await refreshing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var next = await build(cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException("The build function returned no index.");
            cancellationToken.ThrowIfCancellationRequested();
            Replace(next);
            return next;
        }
        finally
        {
            refreshing.Release();
        }
    }

    /// <summary>
    /// Applies an edit to <see cref="Current"/> and swaps the result in, e.g. one carer added, changed or removed
    /// (<c>holder.UpdateAsync(index =&gt; index.WithCarer(carer))</c>) without rebuilding the registry. Updates and
    /// refreshes run one at a time, in call order, so no update is lost to another made at the same moment; searches
    /// keep the snapshot they started with.
    /// </summary>
    /// <param name="edit">Makes the next snapshot from the current one (<see cref="CarerIndex.WithCarer"/>,
    /// <see cref="CarerIndex.WithoutCarer"/>, or several of them chained).</param>
    /// <param name="cancellationToken">Cancels the wait for a refresh or update already running.</param>
    /// <returns>The snapshot swapped in.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="edit"/> is null.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="edit"/> returned null.</exception>
    /// <exception cref="OperationCanceledException">Cancelled while waiting (then nothing changes).</exception>
    /// <remarks>An exception thrown by <paramref name="edit"/> (e.g. the <see cref="ArgumentException"/> of
    /// <see cref="CarerIndex.WithCarer"/> for an unreadable carer) reaches the caller and leaves <see cref="Current"/> unchanged.</remarks>
    public async Task<CarerIndex> UpdateAsync(Func<CarerIndex, CarerIndex> edit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(edit);
        await refreshing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var next = edit(Current) ?? throw new InvalidOperationException("The edit returned no index.");
            Replace(next);
            return next;
        }
        finally
        {
            refreshing.Release();
        }
    }

    /// <summary>Releases the lock that orders refreshes (the snapshots need no disposal).</summary>
    public void Dispose() => refreshing.Dispose();
}
