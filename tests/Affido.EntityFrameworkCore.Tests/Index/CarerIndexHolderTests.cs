using Affido.EntityFrameworkCore.Tests.Support;
using Affido.TestSupport.Matching;

namespace Affido.EntityFrameworkCore.Tests.Index;

/// <summary>
/// <see cref="CarerIndexHolder"/>: a refresh builds the next snapshot while searches go on on the current one, then
/// swaps it in atomically; searches never see a mixture, never wait, and refreshes apply in order.
/// </summary>
public sealed class CarerIndexHolderTests
{
    private static readonly FosterCarer[] Morning = PropertyRegistry.Generate(3_000, 1, SyntheticTerritory.Small, RegistryGenerators.PersonPool);
    private static readonly FosterCarer[] Afternoon = PropertyRegistry.Generate(3_000, 2, SyntheticTerritory.Small, RegistryGenerators.PersonPool);
    private static readonly MatchRequest Request = RequestGenerators.Several(new Random(5), 1)[0] with { KinshipOnly = false, Protection = ProtectionConstraint.None };

    [Fact]
    public async Task Searches_use_the_old_snapshot_until_the_swap_and_the_new_one_after()
    {
        var old = CarerIndex.Build(Morning);
        using var holder = new CarerIndexHolder(old);
        var release = new TaskCompletionSource();
        var refresh = holder.RefreshAsync(async ct =>
        {
            await release.Task.WaitAsync(ct);
            return CarerIndex.Build(Afternoon);
        });

        Assert.False(refresh.IsCompleted);
        Assert.Same(old, holder.Current);
        Assert.Equal(old.Search(Request, 10), holder.Current.Search(Request, 10));
        release.SetResult();
        var next = await refresh;
        Assert.Same(next, holder.Current);
        Assert.Equal(1, holder.Version);
        Assert.Equal(CarerIndex.Build(Afternoon).Search(Request, 10), holder.Current.Search(Request, 10));
    }

    [Fact]
    public async Task Concurrent_searches_always_see_one_whole_snapshot()
    {
        var morning = CarerIndex.Build(Morning);
        var afternoon = CarerIndex.Build(Afternoon);
        var expected = new[] { morning.Search(Request, 10), afternoon.Search(Request, 10) };
        Assert.NotEqual(expected[0], expected[1]);
        using var holder = new CarerIndexHolder(morning);
        using var stop = new CancellationTokenSource();
        int searches = 0;
        var searchers = Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                var result = holder.Current.Search(Request, 10);
                Assert.Contains(result, expected);
                Interlocked.Increment(ref searches);
            }
        })).ToArray();
        for (int swap = 0; swap < 20; swap++)
        {
            // Let the searchers run on each snapshot before the next swap.
            int seen = Volatile.Read(ref searches);
            while (Volatile.Read(ref searches) < seen + 4)
            {
                await Task.Delay(1);
            }

            var next = swap % 2 == 0 ? afternoon : morning;
            await holder.RefreshAsync(_ => Task.FromResult(next));
        }

        stop.Cancel();
        await Task.WhenAll(searchers);
        Assert.Equal(20, holder.Version);
        Assert.True(searches >= 80);
    }

    [Fact]
    public async Task Refreshes_run_one_at_a_time_in_call_order()
    {
        using var holder = new CarerIndexHolder(CarerIndex.Build(Morning));
        var first = new TaskCompletionSource<CarerIndex>();
        var afternoon = CarerIndex.Build(Afternoon);
        int started = 0;
        var one = holder.RefreshAsync(_ =>
        {
            Interlocked.Increment(ref started);
            return first.Task;
        });
        var two = holder.RefreshAsync(_ =>
        {
            Interlocked.Increment(ref started);
            return Task.FromResult(afternoon);
        });
        await Task.Delay(50);
        Assert.Equal(1, started);
        first.SetResult(CarerIndex.Build(Morning));
        await Task.WhenAll(one, two);
        Assert.Same(afternoon, holder.Current);
        Assert.Equal(2, holder.Version);
    }

    [Fact]
    public async Task A_failed_or_cancelled_refresh_leaves_the_current_snapshot()
    {
        var old = CarerIndex.Build(Morning);
        using var holder = new CarerIndexHolder(old);
        await Assert.ThrowsAsync<InvalidOperationException>(() => holder.RefreshAsync(_ => throw new InvalidOperationException("database down")));
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => holder.RefreshAsync(_ => Task.FromResult(CarerIndex.Build(Afternoon)), cancel.Token));
        await Assert.ThrowsAsync<InvalidOperationException>(() => holder.RefreshAsync(_ => Task.FromResult<CarerIndex>(null!)));
        Assert.Same(old, holder.Current);
        Assert.Equal(0, holder.Version);
    }

    [Fact]
    public void Replace_swaps_and_returns_the_previous_snapshot()
    {
        var old = CarerIndex.Build(Morning);
        var next = CarerIndex.Build(Afternoon);
        using var holder = new CarerIndexHolder(old);
        Assert.Same(old, holder.Replace(next));
        Assert.Same(next, holder.Current);
        Assert.Equal(1, holder.Version);
        Assert.Equal("initial", Assert.Throws<ArgumentNullException>(() => new CarerIndexHolder(null!)).ParamName);
        Assert.Equal("next", Assert.Throws<ArgumentNullException>(() => holder.Replace(null!)).ParamName);
    }

    [Fact]
    public async Task A_registry_that_changes_during_the_day_is_refreshed_from_the_database()
    {
        using var database = SqliteEngine.Instance.CreateDatabase();
        database.Load(Morning);
        using var holder = new CarerIndexHolder(await BuildFrom(database, CancellationToken.None));
        var before = holder.Current.Search(Request, 10);
        database.Load(Afternoon);
        await holder.RefreshAsync(ct => BuildFrom(database, ct));
        Assert.Equal(CarerIndex.Build(Morning).Search(Request, 10), before);
        Assert.Equal(CarerIndex.Build(Afternoon).Search(Request, 10), holder.Current.Search(Request, 10));
    }

    private static async Task<CarerIndex> BuildFrom(TestDatabase database, CancellationToken cancellationToken)
    {
        await using var db = database.Open();
        return await db.Carers.BuildIndexAsync(cancellationToken: cancellationToken);
    }
}
