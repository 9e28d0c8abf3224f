using System.Globalization;

namespace Affido.Benchmarks.Planning;

/// <summary>One case of <see cref="AssignmentGridBenchmarks"/>: a shape and a density (null: dense).</summary>
/// <param name="Rows">The rows.</param>
/// <param name="Columns">The columns.</param>
/// <param name="Density">The fraction of feasible pairs, or null for a dense matrix.</param>
public sealed record AssignmentGridCase(int Rows, int Columns, double? Density)
{
    /// <summary>How BenchmarkDotNet names the case: <c>2000x2000 1%</c>, <c>1000x10000 dense</c>.</summary>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Rows}x{Columns} {(Density is { } d ? $"{d * 100:0.#}%" : "dense")}");
}
