using System.Runtime.CompilerServices;
using Affido.EntityFrameworkCore.Tests.Support;
using Affido.TestSupport.Matching;

namespace Affido.EntityFrameworkCore.Tests.Index;

/// <summary><see cref="CarerIndex.BuildAsync"/>: from a database query, with progress and cancellation.</summary>
public sealed class StreamingBuildTests
{
    private static readonly FosterCarer[] Registry = PropertyRegistry.Generate(25_000, 11, SyntheticTerritory.Small, RegistryGenerators.PersonPool);

    [Fact]
    public async Task An_index_streamed_from_the_database_searches_like_one_built_from_the_list()
    {
        using var database = SqliteEngine.Instance.CreateDatabase();
        var carers = Registry.Take(2_000).ToArray();
        database.Load(carers);
        using var db = database.Open();
        var streamed = await db.Carers.BuildIndexAsync();
        var built = CarerIndex.Build(carers);
        Assert.Equal(built.Count, streamed.Count);
        Assert.Empty(db.ChangeTracker.Entries());
        foreach (var request in RequestGenerators.Several(new Random(3), 20))
        {
            Assert.Equal(built.Search(request, 10), streamed.Search(request, 10));
        }
    }

    [Fact]
    public async Task Progress_is_reported_every_interval_and_once_when_complete()
    {
        var reports = new Reports();
        var index = await CarerIndex.BuildAsync(Stream(Registry), progress: reports);
        Assert.Equal(Registry.Length, index.Count);
        Assert.Equal(
            [new(10_000, false), new(20_000, false), new CarerIndexBuildProgress(25_000, true)],
            reports.Received);
    }

    [Fact]
    public async Task Cancellation_stops_the_reading()
    {
        using var cancel = new CancellationTokenSource();
        int read = 0;
        var stream = Stream(Registry, onEach: () =>
        {
            if (++read == 500)
            {
                cancel.Cancel();
            }
        });
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => CarerIndex.BuildAsync(stream, cancellationToken: cancel.Token));
        Assert.InRange(read, 500, 501);
    }

    [Fact]
    public async Task Bad_arguments_are_named_before_anything_is_read()
    {
        int read = 0;
        var stream = Stream(Registry, onEach: () => read++);
        Assert.Equal("carers", (await Assert.ThrowsAsync<ArgumentNullException>(() => CarerIndex.BuildAsync(null!))).ParamName);
        var invalid = MatchingOptions.Default with { ProximityHalfScoreKm = -1 };
        Assert.Equal("options", (await Assert.ThrowsAsync<ArgumentException>(() => CarerIndex.BuildAsync(stream, invalid))).ParamName);
        Assert.Equal(0, read);
        Assert.Equal("carers", (await Assert.ThrowsAsync<ArgumentException>(() => CarerIndex.BuildAsync(Stream([Registry[0], Registry[0]])))).ParamName);
    }

    private static async IAsyncEnumerable<FosterCarer> Stream(
        IEnumerable<FosterCarer> carers, Action? onEach = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var carer in carers)
        {
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            onEach?.Invoke();
            yield return carer;
        }
    }

    /// <summary>Records progress reports synchronously (<see cref="Progress{T}"/> would post them to the thread pool).</summary>
    private sealed class Reports : IProgress<CarerIndexBuildProgress>
    {
        public List<CarerIndexBuildProgress> Received { get; } = [];

        public void Report(CarerIndexBuildProgress value) => Received.Add(value);
    }
}
