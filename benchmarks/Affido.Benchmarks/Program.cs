using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

namespace Affido.Benchmarks;

/// <summary>Runs the benchmarks chosen on the command line (BenchmarkDotNet's switcher); see benchmarks/README.md.</summary>
public static class Program
{
    /// <summary>
    /// How long BenchmarkDotNet may take to build the project it generates for each out-of-process run: its default
    /// (2 minutes) is too short on a 2-core machine shared with other builds, where the build alone took about a minute.
    /// </summary>
    public static TimeSpan BuildTimeout { get; } = TimeSpan.FromMinutes(10);

    /// <summary>Entry point: <c>dotnet run -c Release --project benchmarks/Affido.Benchmarks -- --filter '*'</c>.</summary>
    /// <param name="args">BenchmarkDotNet's arguments (<c>--filter</c>, <c>--job short</c>, <c>--inProcess</c>, <c>--list flat</c> ...).</param>
    public static void Main(string[] args)
        => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(BuildTimeout));
}
