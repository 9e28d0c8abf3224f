using Affido.Domain;
using Affido.Matching;
using BenchmarkDotNet.Attributes;

namespace Affido.Benchmarks.Search;

/// <summary>
/// Building the index from 1,000,000 carer objects (target: under 1 s and under 100 bytes a carer). The
/// <c>Allocated</c> column divided by the carer count is what a build allocates a carer, temporaries included (the
/// set that checks codes are unique, the codes gathered before packing); <see cref="CarerIndex.EstimatedBytes"/>
/// is what the index keeps.
/// </summary>
[MemoryDiagnoser]
public class IndexBuildBenchmarks
{
    private FosterCarer[] carers = [];

    /// <summary>Registry size.</summary>
    [Params(1_000_000)]
    public int Carers { get; set; }

    /// <summary>Generates the registry.</summary>
    [GlobalSetup]
    public void Setup()
    {
        carers = BenchmarkRegistry.Carers(Carers);
        var probe = CarerIndex.Build(carers);
        long before = GC.GetAllocatedBytesForCurrentThread();
        probe = CarerIndex.Build(carers);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Console.WriteLine($"// IndexBuild: {allocated / (double)Carers:F1} bytes allocated per carer; EstimatedBytes {probe.EstimatedBytes / (double)Carers:F1} per carer");
    }

    /// <summary>Builds the snapshot.</summary>
    [Benchmark]
    public CarerIndex Build() => CarerIndex.Build(carers);
}
