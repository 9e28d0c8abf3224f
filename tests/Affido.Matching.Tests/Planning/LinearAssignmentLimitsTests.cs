using Affido.Matching.Planning;
using Affido.TestSupport;
using FsCheck;
using FsCheck.Fluent;

namespace Affido.Matching.Tests.Planning;

/// <summary>
/// Issue 12, item 9: the solver checks sizes and magnitudes up front, the same way for dense and sparse problems, and
/// says the limit in the message. The first three facts failed on the main branch before (out of memory, a spin of
/// 2^31 iterations, a total of +∞).
/// </summary>
public sealed class LinearAssignmentLimitsTests
{
    private static readonly TimeSpan Prompt = TimeSpan.FromSeconds(10);

    [Fact]
    public void A_matrix_with_a_billion_columns_is_rejected_before_anything_is_allocated()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new SparseScoreMatrix(1, 1_000_000_000, [0, 0], [], []));
        Assert.Equal("columns", error.ParamName);
        Assert.Contains("1000000000", error.Message, StringComparison.Ordinal);
        Assert.Contains("16777216", error.Message, StringComparison.Ordinal);

        Assert.Equal("columns", Assert.Throws<ArgumentOutOfRangeException>(() => SparseScoreMatrix.CreateBuilder(1_000_000_000)).ParamName);
        Assert.Equal("columns", Assert.Throws<ArgumentOutOfRangeException>(() => SparseScoreMatrix.FromDense([], 0, 1_000_000_000, [])).ParamName);
    }

    [Fact]
    public async Task Int_max_value_rows_by_zero_columns_fail_at_once()
    {
        var dense = await Task.Run(() => Record.Exception(() => LinearAssignment.SolveDense(ReadOnlySpan<double>.Empty, int.MaxValue, 0, AssignmentObjective.Maximize))).WaitAsync(Prompt);
        var sparse = await Task.Run(() => Record.Exception(() => new SparseScoreMatrix(int.MaxValue, 0, [0], [], []))).WaitAsync(Prompt);
        var fromDense = await Task.Run(() => Record.Exception(() => SparseScoreMatrix.FromDense([], int.MaxValue, 0, []))).WaitAsync(Prompt);
        foreach (var error in new[] { dense, sparse, fromDense })
        {
            var outOfRange = Assert.IsType<ArgumentOutOfRangeException>(error);
            Assert.Equal("rows", outOfRange.ParamName);
            Assert.Contains("2147483647", outOfRange.Message, StringComparison.Ordinal);
            Assert.Contains("16777216", outOfRange.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(1e308, "1E+308")]
    [InlineData(-1e308, "-1E+308")]
    [InlineData(1e201, "1E+201")]
    public void Entries_above_the_magnitude_limit_are_rejected_alike_by_the_dense_and_the_sparse_solver(double huge, string shown)
    {
        double[] values = [0.5, huge, 0.25, 0.75];
        string expected = $"The entry at row 0, column 1 is {shown}; every entry must be a finite number of magnitude at most 1E+200";
        var dense = Assert.Throws<ArgumentException>(() => LinearAssignment.SolveDense(values, 2, 2, AssignmentObjective.Maximize));
        var masked = Assert.Throws<ArgumentException>(() => LinearAssignment.SolveDense(values, 2, 2, AssignmentObjective.Maximize, [true, true, true, false]));
        var sparse = Assert.Throws<ArgumentException>(() => new SparseScoreMatrix(2, 2, [0, 2, 4], [0, 1, 0, 1], values));
        var added = Assert.Throws<ArgumentException>(() => SparseScoreMatrix.CreateBuilder(2).Add(0, 0.5).Add(1, huge));
        foreach (var error in new[] { dense, masked, sparse, added })
        {
            Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
            Assert.Equal(error == added ? "value" : "values", error.ParamName); // the builder's Add takes one value
        }
    }

    [Fact]
    public void A_dense_entry_at_the_limit_is_accepted_and_the_total_stays_finite()
    {
        double[,] values = { { LinearAssignment.MaxMagnitude, -LinearAssignment.MaxMagnitude }, { LinearAssignment.MaxMagnitude, LinearAssignment.MaxMagnitude } };
        var result = LinearAssignment.SolveDense(values, AssignmentObjective.Maximize);
        Assert.Equal(2 * LinearAssignment.MaxMagnitude, result.Total);
    }

    [Property(MaxTest = 300)]
    public Property Values_up_to_the_limit_give_finite_totals_and_the_same_optimum_as_their_scaled_down_copy()
    {
        // Scaling every value by the limit scales the optimum (up to rounding, which only moves ties): as many rows
        // are assigned, with the same total once divided by the scale, in both solvers.
        var gen = from allFeasible in Gen.Elements(true, false)
                  from instance in Instance.Generator(allFeasible)
                  from negative in Gen.Elements(true, false)
                  select (allFeasible, instance: negative ? instance with { Values = instance.Values.Select(v => -v).ToArray() } : instance);
        return Prop.ForAll(Arb.From(gen), t =>
        {
            double scale = LinearAssignment.MaxMagnitude;
            var scaled = t.instance with { Values = t.instance.Values.Select(v => v * scale).ToArray() };
            var small = LinearAssignment.SolveSparse(t.instance.ToSparse(), AssignmentObjective.Maximize);
            var large = LinearAssignment.SolveSparse(scaled.ToSparse(), AssignmentObjective.Maximize);
            Assert.True(double.IsFinite(large.Total));
            Assert.Equal(small.AssignedCount, large.AssignedCount);
            Assert.Equal(small.Total, large.Total / scale, 1e-9);
            if (t.allFeasible)
            {
                var dense = LinearAssignment.SolveDense(scaled.Values, scaled.Rows, scaled.Columns, AssignmentObjective.Minimize);
                var denseSmall = LinearAssignment.SolveDense(t.instance.Values, t.instance.Rows, t.instance.Columns, AssignmentObjective.Minimize);
                Assert.True(double.IsFinite(dense.Total));
                Assert.Equal(denseSmall.Total, dense.Total / scale, 1e-9);
            }
        });
    }

    [Fact]
    public void Sizes_above_the_limit_are_rejected_with_the_limit_and_sizes_at_it_are_accepted()
    {
        var rows = Assert.Throws<ArgumentOutOfRangeException>(() => LinearAssignment.SolveDense([], LinearAssignment.MaxDimension + 1, 0, AssignmentObjective.Minimize));
        Assert.Equal("rows", rows.ParamName);
        Assert.Contains("between 0 and 16777216 (LinearAssignment.MaxDimension)", rows.Message, StringComparison.Ordinal);
        Assert.Equal("columns", Assert.Throws<ArgumentOutOfRangeException>(() => LinearAssignment.SolveDense([], 0, -1, AssignmentObjective.Minimize)).ParamName);

        var wide = new SparseScoreMatrix(1, LinearAssignment.MaxDimension, [0, 1], [LinearAssignment.MaxDimension - 1], [0.5]);
        Assert.Equal([LinearAssignment.MaxDimension - 1], LinearAssignment.SolveSparse(wide, AssignmentObjective.Maximize).ColumnForRow);
    }

    [Fact]
    public void A_builder_stops_at_the_row_limit()
    {
        var builder = SparseScoreMatrix.CreateBuilder(1, capacity: int.MaxValue); // a hint, not an allocation
        for (int r = 0; r < LinearAssignment.MaxDimension; r++)
        {
            builder.EndRow();
        }

        var error = Assert.Throws<InvalidOperationException>(builder.EndRow);
        Assert.Contains("16777216", error.Message, StringComparison.Ordinal);
        Assert.Equal(LinearAssignment.MaxDimension, builder.Rows);
    }

    [Fact]
    public void Row_starts_that_point_past_the_entries_are_rejected_without_reading_outside_the_arrays()
    {
        var error = Assert.Throws<ArgumentException>(() => new SparseScoreMatrix(2, 2, [0, 10, 2], [0, 1], [0.5, 0.5]));
        Assert.Contains("RowStarts decreases at row 1", error.Message, StringComparison.Ordinal);
    }
}
