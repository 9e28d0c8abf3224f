using Affido.Domain;
using Affido.Matching;
using BenchmarkDotNet.Attributes;

namespace Affido.Benchmarks.Search;

/// <summary>
/// Refreshing a 1,000,000-carer index after one carer changed (issue 16: without a full rebuild, or a rebuild within
/// 300 ms): the full rebuild (baseline), one carer replaced, one added, one removed, in one run.
/// </summary>
[MemoryDiagnoser]
public class IndexRefreshBenchmarks
{
    private FosterCarer[] carers = [];
    private CarerIndex index = null!;
    private FosterCarer changed = null!;
    private FosterCarer added = null!;

    /// <summary>Registry size.</summary>
    [Params(1_000_000)]
    public int Carers { get; set; }

    /// <summary>Generates the registry, builds the index and prepares the edits (a carer in the middle, with new places and status).</summary>
    [GlobalSetup]
    public void Setup()
    {
        carers = BenchmarkRegistry.Carers(Carers);
        index = CarerIndex.Build(carers);
        var middle = carers[Carers / 2];
        changed = middle with { Status = AssessmentStatus.Suspended, Availability = middle.Availability with { Places = 1 } };
        added = middle with { Code = new CarerCode("NEW-1") };
    }

    /// <summary>A full rebuild from the registry with the change.</summary>
    [Benchmark(Baseline = true)]
    public CarerIndex Rebuild() => CarerIndex.Build(carers);

    /// <summary>One carer replaced.</summary>
    [Benchmark]
    public CarerIndex Replace() => index.WithCarer(changed);

    /// <summary>One carer added.</summary>
    [Benchmark]
    public CarerIndex Add() => index.WithCarer(added);

    /// <summary>One carer removed.</summary>
    [Benchmark]
    public CarerIndex Remove() => index.WithoutCarer(changed.Code);
}
