using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Affido.Benchmarks.Planning;

/// <summary>
/// The planning benchmarks' job: BenchmarkDotNet's short run (3 warm-ups, 3 iterations), in process. On the shared
/// build machine the default out-of-process toolchain timed out (2 minutes) building its generated project, so these
/// benchmarks run in the benchmark process itself (the InProcessEmit toolchain); the measured code is the same.
/// </summary>
public sealed class PlanningBenchmarkConfig : ManualConfig
{
    /// <summary>Creates the configuration.</summary>
    public PlanningBenchmarkConfig() =>
        AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance).WithId("ShortRun-InProcess"));
}
