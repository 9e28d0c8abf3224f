using Affido.Matching.Planning;

namespace Affido.Matching.Tests.Planning;

public sealed class SparseScoreMatrixBuilderTests
{
    [Theory]
    [InlineData(4, 3, 10_000)] // many blocks, the last one partly filled
    [InlineData(1 << 20, 2, 8_192)] // a capacity above the block size; rows ending exactly at a block boundary
    [InlineData(16, 0, 0)]
    public void Entries_spread_over_blocks_come_back_in_order(int capacity, int rows, int perRow)
    {
        var builder = SparseScoreMatrix.CreateBuilder(perRow, capacity);
        for (int r = 0; r < rows; r++)
        {
            for (int c = 0; c < perRow; c++)
            {
                builder.Add(perRow - 1 - c, (r * 0.5) + (c * 1e-6));
            }

            builder.EndRow();
        }

        if (perRow > 0)
        {
            builder.Add(0, 7.0); // after the last EndRow: dropped
        }
        var matrix = builder.Build();

        Assert.Equal(rows, matrix.Rows);
        Assert.Equal(rows * perRow, matrix.Count);
        Assert.Equal(Enumerable.Range(0, rows + 1).Select(r => r * perRow), matrix.RowStarts.ToArray());
        for (int r = 0; r < rows; r++)
        {
            for (int c = 0; c < perRow; c++)
            {
                int k = (r * perRow) + c;
                Assert.Equal(perRow - 1 - c, matrix.ColumnIndices[k]);
                Assert.Equal((r * 0.5) + (c * 1e-6), matrix.Values[k]);
            }
        }
    }

    [Fact]
    public void Building_twice_gives_the_same_matrix()
    {
        var builder = SparseScoreMatrix.CreateBuilder(9_000, 4);
        for (int c = 0; c < 9_000; c++)
        {
            builder.Add(c, c);
        }

        builder.EndRow();
        var first = builder.Build();
        var second = builder.Build();
        Assert.Equal(first.ColumnIndices.ToArray(), second.ColumnIndices.ToArray());
        Assert.Equal(first.Values.ToArray(), second.Values.ToArray());
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(3)]
    [InlineData(int.MinValue)]
    [InlineData(int.MaxValue)]
    public void A_column_outside_the_matrix_is_refused_by_Add_naming_column(int column)
    {
        var builder = SparseScoreMatrix.CreateBuilder(3).Add(0, 1.0).EndRow();
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => builder.Add(column, 0.5));
        Assert.Equal("column", error.ParamName);
        Assert.Contains("row 1", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, builder.Build().Count); // the refused entry was not kept
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    [InlineData(1e201)]
    [InlineData(-1e201)]
    public void A_value_that_is_not_a_finite_score_is_refused_by_Add_naming_value(double value)
    {
        var builder = SparseScoreMatrix.CreateBuilder(3);
        var error = Assert.Throws<ArgumentException>(() => builder.Add(2, value));
        Assert.Equal("value", error.ParamName);
        Assert.Contains("row 0, column 2", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, builder.EndRow().Build().Count);
    }

    [Fact]
    public void A_column_added_twice_to_a_row_is_reported_by_Build_as_Adds_column()
    {
        var builder = SparseScoreMatrix.CreateBuilder(5).Add(1, 0.1).EndRow().Add(4, 0.2).Add(0, 0.3).Add(4, 0.4).EndRow();
        var error = Assert.Throws<ArgumentException>(builder.Build);
        Assert.Equal("column", error.ParamName);
        Assert.StartsWith("Row 1 names column 4 twice.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_column_in_different_rows_is_fine()
    {
        var matrix = SparseScoreMatrix.CreateBuilder(2).Add(1, 0.1).EndRow().Add(1, 0.2).EndRow().Build();
        Assert.Equal([1, 1], matrix.ColumnIndices.ToArray());
    }
}
