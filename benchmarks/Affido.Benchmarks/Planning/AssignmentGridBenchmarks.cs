using Affido.Matching.Planning;
using BenchmarkDotNet.Attributes;

namespace Affido.Benchmarks.Planning;

/// <summary>
/// <see cref="LinearAssignment"/> on issue 16's grid, the shapes and densities of <c>benchmarks/peers/lsap_peer.py</c>:
/// 1,000 × 1,000, 2,000 × 2,000 and 1,000 × 10,000 at 1 %, 5 % and dense, 5,000 × 50,000 at 1 % and 5 %. Each case
/// runs the shipped solver, the same solver without its initialisation phases (one search per row, the method the
/// solver used before issue 16), and the baseline: first come, first served, each row taking its best column still
/// free (not optimal, but what matching one request at a time costs).
/// </summary>
/// <remarks>
/// Dense cases call <see cref="LinearAssignment.SolveDense(ReadOnlySpan{double}, int, int, AssignmentObjective)"/>,
/// sparse ones <see cref="LinearAssignment.SolveSparse"/>, maximising scores in [0, 1). Run with
/// <c>dotnet run -c Release --project benchmarks/Affido.Benchmarks -- --filter '*AssignmentGrid*'</c>.
/// </remarks>
[MemoryDiagnoser]
public class AssignmentGridBenchmarks
{
    private double[] dense = [];
    private SparseScoreMatrix sparse = null!;

    /// <summary>The cases of the grid.</summary>
    public static IEnumerable<AssignmentGridCase> Cases { get; } =
    [
        new(1000, 1000, 0.01), new(1000, 1000, 0.05), new(1000, 1000, null),
        new(2000, 2000, 0.01), new(2000, 2000, 0.05), new(2000, 2000, null),
        new(1000, 10000, 0.01), new(1000, 10000, 0.05), new(1000, 10000, null),
        new(5000, 50000, 0.01), new(5000, 50000, 0.05),
    ];

    /// <summary>The case measured.</summary>
    [ParamsSource(nameof(Cases))]
    public AssignmentGridCase Case { get; set; } = null!;

    /// <summary>Builds the seeded instance.</summary>
    [GlobalSetup]
    public void Setup()
    {
        if (Case.Density is { } density)
        {
            sparse = AssignmentInstances.SparseLarge(Case.Rows, Case.Columns, density, seed: 20260101);
        }
        else
        {
            dense = AssignmentInstances.Dense(Case.Rows, Case.Columns, seed: 20260101);
        }
    }

    /// <summary>First come, first served.</summary>
    [Benchmark(Baseline = true)]
    public double Greedy() => Case.Density is null
        ? AssignmentInstances.GreedyDense(dense, Case.Rows, Case.Columns)
        : AssignmentInstances.GreedySparse(sparse);

    /// <summary>The solver as shipped.</summary>
    [Benchmark]
    public double Solve() => Case.Density is null
        ? LinearAssignment.SolveDense(dense, Case.Rows, Case.Columns, AssignmentObjective.Maximize).Total
        : LinearAssignment.SolveSparse(sparse, AssignmentObjective.Maximize).Total;

    /// <summary>The same solver with one search per row and no initialisation.</summary>
    [Benchmark]
    public double SearchesOnly() => Case.Density is null
        ? LinearAssignment.SolveDenseTuned(dense, Case.Rows, Case.Columns, AssignmentObjective.Maximize, AssignmentTuning.SearchesOnly, out _).Total
        : LinearAssignment.SolveSparseTuned(sparse, AssignmentObjective.Maximize, AssignmentTuning.SearchesOnly, out _).Total;
}
