using Affido.Domain;
using Affido.Matching;
using Affido.TestSupport.Matching;
using BenchmarkDotNet.Attributes;

namespace Affido.Benchmarks.Search;

/// <summary>
/// Top-10 for one request, single-threaded: the reference LINQ matcher (baseline), the columnar index, and the
/// memory-bandwidth floor (a plain pass summing the same index columns), all in one run.
/// </summary>
[MemoryDiagnoser]
public class SearchBenchmarks
{
    private FosterCarer[] carers = [];
    private CarerIndex index = null!;
    private ReferenceMatcher reference = null!;

    /// <summary>Registry size.</summary>
    [Params(10_000, 100_000, 1_000_000)]
    public int Carers { get; set; }

    /// <summary>Generates the registry and builds the index.</summary>
    [GlobalSetup]
    public void Setup()
    {
        carers = BenchmarkRegistry.Carers(Carers);
        index = CarerIndex.Build(carers);
        reference = new ReferenceMatcher(MatchingOptions.Default);
    }

    /// <summary>The straightforward LINQ matcher over the carer objects.</summary>
    [Benchmark(Baseline = true)]
    public MatchResult Reference() => reference.Search(carers, BenchmarkRegistry.Request, 10);

    /// <summary>The columnar index.</summary>
    [Benchmark]
    public MatchResult Index() => index.Search(BenchmarkRegistry.Request, 10);

    /// <summary>A plain scan summing the columns a search reads: the floor.</summary>
    [Benchmark]
    public long ScanFloor() => index.SumColumns();
}
