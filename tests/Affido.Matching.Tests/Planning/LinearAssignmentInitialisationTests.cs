using Affido.Matching.Planning;
using Affido.TestSupport;
using FsCheck;
using FsCheck.Fluent;

namespace Affido.Matching.Tests.Planning;

/// <summary>
/// The initialisation phases (column reduction, reduction transfer, augmenting row reduction) and the fall-back to
/// "unassigned" columns: however much initialisation runs, on square, rectangular and infeasible problems, the result
/// is the optimum, and each path is taken where it should be.
/// </summary>
public sealed class LinearAssignmentInitialisationTests
{
    private const double Tolerance = LinearAssignmentPropertyTests.Tolerance;

    /// <summary>The shipped tunings, none, and extremes that stop every phase early or let it run long.</summary>
    private static readonly AssignmentTuning[] Tunings =
    [
        AssignmentTuning.Dense,
        AssignmentTuning.Sparse,
        AssignmentTuning.SearchesOnly,
        new(ColumnReduction: true, RowReductionPasses: 0, RowReductionStepsPerRow: 0, RowReductionChain: 0),
        new(ColumnReduction: true, RowReductionPasses: 1, RowReductionStepsPerRow: 1, RowReductionChain: 1),
        new(ColumnReduction: false, RowReductionPasses: 2, RowReductionStepsPerRow: 3, RowReductionChain: 2),
        new(ColumnReduction: true, RowReductionPasses: 5, RowReductionStepsPerRow: 1000, RowReductionChain: int.MaxValue),
    ];

    private static readonly Gen<AssignmentTuning> AnyTuning = Gen.Elements(Tunings);

    [Property(MaxTest = 500)]
    public Property Every_initialisation_reaches_the_brute_force_optimum()
    {
        var gen = from allFeasible in Gen.Elements(true, false)
                  from t in LinearAssignmentPropertyTests.WithObjective(Instance.Generator(allFeasible))
                  from tuning in AnyTuning
                  select (allFeasible, t.Instance, t.Objective, tuning);
        return Prop.ForAll(Arb.From(gen), t =>
        {
            var (count, total) = t.Instance.BruteForce(t.Objective);
            var sparse = LinearAssignment.SolveSparseTuned(t.Instance.ToSparse(), t.Objective, t.tuning, out _);
            bool sparseRight = sparse.AssignedCount == count && Math.Abs(sparse.Total - total) < Tolerance
                && LinearAssignmentPropertyTests.IsValid(t.Instance, sparse);
            if (!t.allFeasible)
            {
                return sparseRight;
            }

            var dense = LinearAssignment.SolveDenseTuned(t.Instance.Values, t.Instance.Rows, t.Instance.Columns, t.Objective, t.tuning, out _);
            return sparseRight && dense.AssignedCount == count && Math.Abs(dense.Total - total) < Tolerance
                && LinearAssignmentPropertyTests.IsValid(t.Instance, dense);
        });
    }

    [Property(MaxTest = 150)]
    public Property Every_initialisation_finds_the_same_assignment_when_the_optimum_is_unique()
    {
        // 10–70 rows and columns, values on a fine grid (no ties), square about a third of the time: long chains of
        // row reduction, budgets running out, long searches. The result is compared with searches alone.
        var gen = from drawn in SolverInstances.Randoms(10, 70, minPercent: 3, fine: true)
                  from objective in Gen.Elements(AssignmentObjective.Maximize, AssignmentObjective.Minimize)
                  select (instance: drawn.Instance, objective);
        return Prop.ForAll(Arb.From(gen), t =>
        {
            var (instance, objective) = t;
            var matrix = instance.ToSparse();
            var reference = LinearAssignment.SolveSparseTuned(matrix, objective, AssignmentTuning.SearchesOnly, out _);
            var denseReference = LinearAssignment.SolveDenseTuned(instance.Values, instance.Rows, instance.Columns, objective, AssignmentTuning.SearchesOnly, out _);
            foreach (var tuning in Tunings)
            {
                var sparse = LinearAssignment.SolveSparseTuned(matrix, objective, tuning, out _);
                var dense = LinearAssignment.SolveDenseTuned(instance.Values, instance.Rows, instance.Columns, objective, tuning, out _);
                Assert.Equal(reference, sparse);
                Assert.Equal(denseReference, dense);
            }

            Assert.True(LinearAssignmentPropertyTests.IsValid(instance, reference));
        });
    }

    [Property(MaxTest = 300)]
    public Property Square_problems_with_a_full_assignment_start_with_column_reduction_and_never_fall_back()
    {
        var gen = from n in Gen.Choose(1, 7)
                  from density in Gen.Choose(0, 100)
                  from seed in Gen.Choose(0, int.MaxValue - 1)
                  select SolverInstances.Random(n, n, density / 100.0, fullMatching: true, fine: false, seed);
        return Prop.ForAll(Arb.From(gen), instance =>
        {
            var result = LinearAssignment.SolveSparseTuned(instance.ToSparse(), AssignmentObjective.Maximize, AssignmentTuning.Sparse, out var trace);
            var (count, total) = instance.BruteForce(AssignmentObjective.Maximize);
            Assert.True(trace.ColumnReduction);
            Assert.False(trace.FellBack);
            Assert.Equal(instance.Rows, result.AssignedCount);
            Assert.Equal(count, result.AssignedCount);
            Assert.Equal(total, result.Total, Tolerance);
        });
    }

    [Property(MaxTest = 300)]
    public Property Rectangular_problems_skip_column_reduction()
    {
        // Every pair feasible, so no line is dropped and the problem stays rectangular.
        var gen = LinearAssignmentPropertyTests.WithObjective(Instance.Generator(allFeasible: true).Where(i => i.Rows != i.Columns));
        return Prop.ForAll(Arb.From(gen), t =>
        {
            var (instance, objective) = t;
            var sparse = LinearAssignment.SolveSparseTuned(instance.ToSparse(), objective, AssignmentTuning.Sparse, out var sparseTrace);
            var dense = LinearAssignment.SolveDenseTuned(instance.Values, instance.Rows, instance.Columns, objective, AssignmentTuning.Dense, out var denseTrace);
            var (count, total) = instance.BruteForce(objective);
            Assert.False(sparseTrace.ColumnReduction);
            Assert.False(denseTrace.ColumnReduction);
            Assert.False(sparseTrace.FellBack);
            Assert.Equal(count, sparse.AssignedCount);
            Assert.Equal(total, sparse.Total, Tolerance);
            Assert.Equal(count, dense.AssignedCount);
            Assert.Equal(total, dense.Total, Tolerance);
        });
    }

    [Property(MaxTest = 500)]
    public Property The_first_attempt_falls_back_exactly_when_the_lines_with_a_pair_cannot_all_be_matched()
    {
        // Lines without a pair are dropped first; the solve then falls back to "unassigned" columns exactly when the
        // largest assignment is smaller than the smaller side of what is left. Either way the optimum is brute force's.
        var gen = from shape in SolverInstances.Shapes(2, 8)
                  from density in Gen.Choose(10, 80)
                  from seed in Gen.Choose(0, int.MaxValue - 1)
                  from withoutFull in Gen.Elements(true, true, false)
                  from tuning in AnyTuning
                  from objective in Gen.Elements(AssignmentObjective.Maximize, AssignmentObjective.Minimize)
                  let instance = withoutFull
                      ? SolverInstances.WithoutFullAssignment(shape.Rows, shape.Columns, density / 100.0, seed)
                      : SolverInstances.Random(shape.Rows, shape.Columns, density / 100.0, fullMatching: false, fine: false, seed)
                  select (instance, tuning, objective);
        return Prop.ForAll(Arb.From(gen), t =>
        {
            var result = LinearAssignment.SolveSparseTuned(t.instance.ToSparse(), t.objective, t.tuning, out var trace);
            var (count, total) = t.instance.BruteForce(t.objective);
            int rowsWithPairs = Enumerable.Range(0, t.instance.Rows).Count(r => Enumerable.Range(0, t.instance.Columns).Any(c => t.instance.IsFeasible(r, c)));
            int columnsWithPairs = Enumerable.Range(0, t.instance.Columns).Count(c => Enumerable.Range(0, t.instance.Rows).Any(r => t.instance.IsFeasible(r, c)));
            Assert.Equal(count < Math.Min(rowsWithPairs, columnsWithPairs), trace.FellBack);
            Assert.Equal(count, result.AssignedCount);
            Assert.Equal(total, result.Total, Tolerance);
            Assert.True(LinearAssignmentPropertyTests.IsValid(t.instance, result));
        });
    }

    [Fact]
    public void Two_rows_that_can_only_take_the_same_column_make_the_solve_fall_back_and_the_better_one_wins()
    {
        // Rows 0 and 1 can only take column 0; row 2 can take columns 1 and 2. Three rows with pairs and three columns
        // with pairs, but at most two pairs: the first attempt fails, the second leaves row 0 (the lower score) out.
        var matrix = SparseScoreMatrix.CreateBuilder(3)
            .Add(0, 0.4).EndRow()
            .Add(0, 0.6).EndRow()
            .Add(1, 0.5).Add(2, 0.7).EndRow()
            .Build();
        var result = LinearAssignment.SolveSparseTuned(matrix, AssignmentObjective.Maximize, AssignmentTuning.Sparse, out var trace);
        Assert.True(trace.FellBack);
        Assert.Equal([-1, 0, 2], result.ColumnForRow);
        Assert.Equal(1.3, result.Total, Tolerance);
    }

    [Fact]
    public void Rows_and_columns_without_pairs_are_dropped_so_the_rest_is_solved_as_a_square_problem()
    {
        // 4 rows x 1,000,000 columns, two rows empty: what is solved is 2 x 2, square, with column reduction.
        var matrix = SparseScoreMatrix.CreateBuilder(1_000_000)
            .EndRow()
            .Add(999_999, 0.2).Add(17, 0.9).EndRow()
            .EndRow()
            .Add(17, 0.8).EndRow()
            .Build();
        var result = LinearAssignment.SolveSparseTuned(matrix, AssignmentObjective.Maximize, AssignmentTuning.Sparse, out var trace);
        Assert.Equal([-1, 999_999, -1, 17], result.ColumnForRow);
        Assert.Equal(1.0, result.Total, Tolerance);
        Assert.True(trace.ColumnReduction);
        Assert.False(trace.FellBack);
    }

    [Property(MaxTest = 300)]
    public Property The_order_of_the_pairs_within_a_row_does_not_change_the_result()
    {
        // Coarse values: ties everywhere, so this checks that ties are broken by column, not by position.
        var gen = from drawn in SolverInstances.Randoms(1, 12, minPercent: 10, fine: false)
                  from tuning in AnyTuning
                  select (instance: drawn.Instance, seed: drawn.Seed, tuning);
        return Prop.ForAll(Arb.From(gen), t =>
        {
            var ascending = SparseScoreMatrix.FromDense(t.instance.Values, t.instance.Rows, t.instance.Columns, t.instance.Feasible);
            var descending = t.instance.ToSparse();
            var shuffled = SolverInstances.ShuffleWithinRows(ascending, t.seed);
            var expected = LinearAssignment.SolveSparseTuned(ascending, AssignmentObjective.Maximize, t.tuning, out _);
            Assert.Equal(expected, LinearAssignment.SolveSparseTuned(descending, AssignmentObjective.Maximize, t.tuning, out _));
            Assert.Equal(expected, LinearAssignment.SolveSparseTuned(shuffled, AssignmentObjective.Maximize, t.tuning, out _));
            Assert.Equal(expected, LinearAssignment.SolveSparseTuned(ascending, AssignmentObjective.Maximize, t.tuning, out _));
        });
    }

    [Fact]
    public void A_square_problem_assigned_entirely_by_column_reduction_needs_no_search()
    {
        // Each column's cheapest row is a different row: column reduction alone is optimal.
        double[,] cost = { { 1, 9, 9 }, { 9, 1, 9 }, { 9, 9, 1 } };
        var result = LinearAssignment.SolveDenseTuned(Flatten(cost), 3, 3, AssignmentObjective.Minimize, AssignmentTuning.Dense, out var trace);
        Assert.Equal([0, 1, 2], result.ColumnForRow);
        Assert.Equal(3, trace.AssignedByColumnReduction);
        Assert.Equal(0, trace.Searches);
    }

    [Fact]
    public void Row_reduction_settles_a_contest_for_one_column_without_a_search()
    {
        // Both rows prefer column 0; row 1 by more (its second best is far). Row reduction gives column 0 to row 1
        // and row 0 takes its second best, column 1.
        double[,] cost = { { 1, 2, 9 }, { 1, 8, 9 } };
        var result = LinearAssignment.SolveDenseTuned(Flatten(cost), 2, 3, AssignmentObjective.Minimize, AssignmentTuning.Dense, out var trace);
        Assert.Equal([1, 0], result.ColumnForRow);
        Assert.Equal(3, result.Total);
        Assert.False(trace.ColumnReduction);
        Assert.Equal(0, trace.Searches);
    }

    private static double[] Flatten(double[,] values) => values.Cast<double>().ToArray();
}
