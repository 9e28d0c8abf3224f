using Affido.Matching;
using BenchmarkDotNet.Attributes;

namespace Affido.Benchmarks.Search;

/// <summary>
/// Top-10 for one request on the index: single-threaded (baseline), split over two threads
/// (<see cref="CarerIndex.Search(MatchRequest, int, int)"/>), and the column-scan floor, in one run. Without the slow
/// reference matcher, so that the large sizes get enough iterations.
/// </summary>
[MemoryDiagnoser]
public class ParallelSearchBenchmarks
{
    private CarerIndex index = null!;

    /// <summary>Registry size.</summary>
    [Params(100_000, 1_000_000)]
    public int Carers { get; set; }

    /// <summary>Generates the registry and builds the index.</summary>
    [GlobalSetup]
    public void Setup() => index = CarerIndex.Build(BenchmarkRegistry.Carers(Carers));

    /// <summary>The index, single-threaded.</summary>
    [Benchmark(Baseline = true)]
    public MatchResult Index() => index.Search(BenchmarkRegistry.Request, 10);

    /// <summary>The index, the scan split over two threads (the machine has two cores).</summary>
    [Benchmark]
    public MatchResult Parallel2() => index.Search(BenchmarkRegistry.Request, 10, degreeOfParallelism: 2);

    /// <summary>A plain scan summing the columns a search reads: the floor.</summary>
    [Benchmark]
    public long ScanFloor() => index.SumColumns();

    /// <summary>
    /// The same plain scan, each half of the carers on its own thread: the floor of a parallel search. Where it is not
    /// twice as fast as <see cref="ScanFloor"/>, the machine's memory bandwidth, not the code, bounds the speed-up.
    /// </summary>
    [Benchmark]
    public long ScanFloorParallel2()
    {
        int half = index.Count / 2;
        var second = Task.Run(() => index.SumColumns(half, index.Count));
        long first = index.SumColumns(0, half);
        return first ^ second.Result;
    }
}
