using BenchmarkDotNet.Running;

namespace Affido.Benchmarks;

/// <summary>Runs the benchmarks chosen on the command line (BenchmarkDotNet's switcher).</summary>
public static class Program
{
    /// <summary>Entry point: <c>dotnet run -c Release --project benchmarks/Affido.Benchmarks -- --filter *</c>.</summary>
    /// <param name="args">BenchmarkDotNet's arguments.</param>
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
