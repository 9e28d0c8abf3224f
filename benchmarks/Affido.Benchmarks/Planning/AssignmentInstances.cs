using Affido.Matching.Planning;

namespace Affido.Benchmarks.Planning;

/// <summary>Seeded random assignment instances shaped like the peer script's (benchmarks/peers/lsap_peer.py).</summary>
public static class AssignmentInstances
{
    /// <summary>A rows × columns row-major matrix of scores in [0, 1).</summary>
    public static double[] Dense(int rows, int columns, int seed)
    {
        var random = new Random(seed);
        var values = new double[rows * columns];
        for (var k = 0; k < values.Length; k++)
        {
            values[k] = random.NextDouble();
        }

        return values;
    }

    /// <summary>About <paramref name="density"/> of the pairs feasible, plus one per row on a random permutation (so every row can be assigned); scores in (0, 1].</summary>
    public static SparseScoreMatrix Sparse(int rows, int columns, double density, int seed)
    {
        var random = new Random(seed);
        var permutation = Enumerable.Range(0, columns).ToArray();
        random.Shuffle(permutation);
        var builder = SparseScoreMatrix.CreateBuilder(columns, (int)(rows * columns * density * 1.1) + rows);
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                if (c == permutation[r] || random.NextDouble() < density)
                {
                    builder.Add(c, 1.0 - random.NextDouble());
                }
            }

            builder.EndRow();
        }

        return builder.Build();
    }

    /// <summary>First come, first served: each row in order takes its best column still free. Returns the total.</summary>
    public static double GreedyDense(double[] values, int rows, int columns)
    {
        var taken = new bool[columns];
        var total = 0.0;
        for (var r = 0; r < rows; r++)
        {
            var best = -1;
            var row = values.AsSpan(r * columns, columns);
            for (var c = 0; c < columns; c++)
            {
                if (!taken[c] && (best < 0 || row[c] > row[best]))
                {
                    best = c;
                }
            }

            if (best >= 0)
            {
                taken[best] = true;
                total += row[best];
            }
        }

        return total;
    }

    /// <summary>First come, first served on the feasible pairs only. Returns the total.</summary>
    public static double GreedySparse(SparseScoreMatrix matrix)
    {
        var taken = new bool[matrix.Columns];
        var starts = matrix.RowStarts;
        var columns = matrix.ColumnIndices;
        var values = matrix.Values;
        var total = 0.0;
        for (var r = 0; r < matrix.Rows; r++)
        {
            var best = -1;
            for (var k = starts[r]; k < starts[r + 1]; k++)
            {
                if (!taken[columns[k]] && (best < 0 || values[k] > values[best]))
                {
                    best = k;
                }
            }

            if (best >= 0)
            {
                taken[columns[best]] = true;
                total += values[best];
            }
        }

        return total;
    }
}
