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

        builder.Add(0, 7.0); // after the last EndRow: dropped
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
}
