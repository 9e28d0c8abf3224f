using Affido.Domain;
using Affido.TestSupport;
using BenchmarkDotNet.Attributes;

namespace Affido.Benchmarks.Registry;

/// <summary>
/// How long the demo's synthetic registry takes to generate over the real Lombardy territory (the demo's
/// <c>--carers 1000000</c> and any benchmark that builds its data from it pay this once, in setup).
/// </summary>
[MemoryDiagnoser]
public class SyntheticRegistryBenchmarks
{
    /// <summary>The number of carers.</summary>
    [Params(100_000, 1_000_000)]
    public int Carers { get; set; }

    /// <summary>Loads the territory once, outside the measurement.</summary>
    [GlobalSetup]
    public void Setup() => _ = LombardyTerritory.Instance.Municipalities.Count;

    /// <summary>Generates the registry (parallel over fixed blocks; the result does not depend on the core count).</summary>
    /// <returns>The carers.</returns>
    [Benchmark]
    public FosterCarer[] Generate() => SyntheticRegistry.Generate(Carers);
}
