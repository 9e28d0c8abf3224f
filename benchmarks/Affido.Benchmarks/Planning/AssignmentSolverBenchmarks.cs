using Affido.Matching.Planning;
using BenchmarkDotNet.Attributes;

namespace Affido.Benchmarks.Planning;

/// <summary>
/// <see cref="LinearAssignment"/> on a dense random score matrix (requests × 10 carers each), against the
/// first-come-first-served greedy matcher on the same matrix (the baseline: what matching one request at a time does).
/// </summary>
[MemoryDiagnoser]
public class DenseAssignmentBenchmarks
{
    private double[] values = [];

    /// <summary>Requests (rows); carers (columns) are ten times as many.</summary>
    [Params(100, 1000)]
    public int Requests { get; set; }

    private int Carers => Requests * 10;

    /// <summary>Builds the seeded matrix.</summary>
    [GlobalSetup]
    public void Setup() => values = AssignmentInstances.Dense(Requests, Carers, seed: 20260101);

    /// <summary>Greedy, first come first served.</summary>
    [Benchmark(Baseline = true)]
    public double Greedy() => AssignmentInstances.GreedyDense(values, Requests, Carers);

    /// <summary>The exact dense solver.</summary>
    [Benchmark]
    public double SolveDense() => LinearAssignment.SolveDense(values, Requests, Carers, AssignmentObjective.Maximize).Total;
}

/// <summary>
/// <see cref="LinearAssignment.SolveSparse"/> on about 5 % feasible pairs (what a registry gives once the hard
/// filters have run), against the greedy matcher on the same pairs.
/// </summary>
[MemoryDiagnoser]
public class SparseAssignmentBenchmarks
{
    private SparseScoreMatrix matrix = null!;

    /// <summary>Requests (rows); carers (columns) are ten times as many.</summary>
    [Params(100, 1000)]
    public int Requests { get; set; }

    /// <summary>Builds the seeded matrix.</summary>
    [GlobalSetup]
    public void Setup() => matrix = AssignmentInstances.Sparse(Requests, Requests * 10, density: 0.05, seed: 20260101);

    /// <summary>Greedy, first come first served.</summary>
    [Benchmark(Baseline = true)]
    public double Greedy() => AssignmentInstances.GreedySparse(matrix);

    /// <summary>The exact sparse solver.</summary>
    [Benchmark]
    public double SolveSparse() => LinearAssignment.SolveSparse(matrix, AssignmentObjective.Maximize).Total;
}
