using Affido.Matching.Planning;

namespace Affido.Matching.Tests.Planning;

public sealed class LinearAssignmentTests
{
    [Fact]
    public void Solves_the_scipy_documentation_example()
    {
        // scipy.optimize.linear_sum_assignment docs: cost [[4,1,3],[2,0,5],[3,2,2]] -> columns [1,0,2], total 5.
        double[,] cost = { { 4, 1, 3 }, { 2, 0, 5 }, { 3, 2, 2 } };
        var result = LinearAssignment.SolveDense(cost, AssignmentObjective.Minimize);
        Assert.Equal([1, 0, 2], result.ColumnForRow);
        Assert.Equal(5, result.Total);
    }

    [Fact]
    public void More_rows_than_columns_leaves_the_weakest_rows_unassigned()
    {
        double[,] scores = { { 0.9 }, { 0.2 }, { 0.95 } };
        var result = LinearAssignment.SolveDense(scores, AssignmentObjective.Maximize);
        Assert.Equal([-1, -1, 0], result.ColumnForRow);
        Assert.Equal(1, result.AssignedCount);
        Assert.Equal(0.95, result.Total);
    }

    [Fact]
    public void Sparse_prefers_one_more_assigned_row_to_a_higher_total()
    {
        // Row 0 scores 1.0 on column 0 but could also take column 1 (0.1); row 1 can only take column 0 (0.05).
        // Assigning both rows (0.15) beats assigning row 0 alone (1.0): the number of assigned rows comes first.
        var matrix = SparseScoreMatrix.CreateBuilder(2).Add(0, 1.0).Add(1, 0.1).EndRow().Add(0, 0.05).EndRow().Build();
        var result = LinearAssignment.SolveSparse(matrix, AssignmentObjective.Maximize);
        Assert.Equal([1, 0], result.ColumnForRow);
        Assert.Equal(0.15, result.Total, 12);
    }

    [Fact]
    public void Sparse_chooses_which_row_stays_unassigned_by_the_total()
    {
        // Both rows want the only column: the later row scores higher, so the earlier one is displaced.
        var matrix = SparseScoreMatrix.CreateBuilder(1).Add(0, 0.3).EndRow().Add(0, 0.8).EndRow().Build();
        var result = LinearAssignment.SolveSparse(matrix, AssignmentObjective.Maximize);
        Assert.Equal([-1, 0], result.ColumnForRow);
        Assert.Equal(0.8, result.Total);
    }

    [Fact]
    public void A_row_without_feasible_pairs_stays_unassigned()
    {
        var matrix = SparseScoreMatrix.CreateBuilder(3).Add(2, 0.5).EndRow().EndRow().Add(2, 0.7).Add(0, 0.1).EndRow().Build();
        var result = LinearAssignment.SolveSparse(matrix, AssignmentObjective.Maximize);
        Assert.Equal([2, -1, 0], result.ColumnForRow);
        Assert.Equal(2, result.AssignedCount);
    }

    [Fact]
    public void Nan_is_rejected_with_its_row_and_column()
    {
        double[] values = [0.1, 0.2, 0.3, 0.4, double.NaN, 0.6];
        var error = Assert.Throws<ArgumentException>(() => LinearAssignment.SolveDense(values, 2, 3, AssignmentObjective.Maximize));
        Assert.Contains("row 1, column 1 is NaN", error.Message, StringComparison.Ordinal);
        Assert.Equal("values", error.ParamName);
    }

    [Fact]
    public void Infinity_is_rejected_in_a_sparse_matrix_with_its_row_and_column()
    {
        var builder = SparseScoreMatrix.CreateBuilder(4).Add(0, 0.5).EndRow();
        var error = Assert.Throws<ArgumentException>(() => builder.Add(3, double.PositiveInfinity));
        Assert.Contains("row 1, column 3 is +infinity", error.Message, StringComparison.Ordinal);
        Assert.Equal("value", error.ParamName);
    }

    [Fact]
    public void An_infeasible_entry_may_hold_nan()
    {
        double[] values = [double.NaN, 0.2];
        var result = LinearAssignment.SolveDense(values, 1, 2, AssignmentObjective.Maximize, [false, true]);
        Assert.Equal([1], result.ColumnForRow);
    }

    [Fact]
    public void A_column_named_twice_in_a_row_is_rejected()
    {
        var builder = SparseScoreMatrix.CreateBuilder(2).Add(1, 0.5).Add(1, 0.4).EndRow();
        var error = Assert.Throws<ArgumentException>(builder.Build);
        Assert.Contains("Row 0 names column 1 twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_column_out_of_range_is_rejected()
    {
        var error = Assert.Throws<ArgumentException>(() => new SparseScoreMatrix(1, 2, [0, 1], [2], [0.5]));
        Assert.Contains("outside [0, 2)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_length_is_rejected()
    {
        var error = Assert.Throws<ArgumentException>(() => LinearAssignment.SolveDense(new double[5], 2, 3, AssignmentObjective.Minimize));
        Assert.Contains("2 × 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_problem_has_an_empty_result()
    {
        var result = LinearAssignment.SolveDense(ReadOnlySpan<double>.Empty, 0, 4, AssignmentObjective.Maximize);
        Assert.Equal(0, result.Rows);
        Assert.Equal(0, result.Total);
        var wide = LinearAssignment.SolveDense(ReadOnlySpan<double>.Empty, 3, 0, AssignmentObjective.Maximize);
        Assert.Equal([-1, -1, -1], wide.ColumnForRow);
    }

    [Fact]
    public void Ties_are_broken_the_same_way_every_time()
    {
        double[] values = Enumerable.Repeat(0.5, 6 * 9).ToArray();
        var first = LinearAssignment.SolveDense(values, 6, 9, AssignmentObjective.Maximize);
        var second = LinearAssignment.SolveDense(values, 6, 9, AssignmentObjective.Maximize);
        Assert.Equal(first, second);
        Assert.Equal(3.0, first.Total);
    }
}
