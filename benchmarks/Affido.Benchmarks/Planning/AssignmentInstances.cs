using Affido.Matching.Planning;

namespace Affido.Benchmarks.Planning;

/// <summary>Seeded random assignment instances shaped like the peer script's (benchmarks/peers/lsap_peer.py).</summary>
public static class AssignmentInstances
{
    /// <summary>A rows × columns row-major matrix of scores in [0, 1).</summary>
    public static double[] Dense(int rows, int columns, int seed)
    {
        var random = new Random(seed);
        double[] values = new double[rows * columns];
        for (int k = 0; k < values.Length; k++)
        {
            values[k] = random.NextDouble();
        }

        return values;
    }

    /// <summary>About <paramref name="density"/> of the pairs feasible, plus one per row on a random permutation (so every row can be assigned); scores in (0, 1].</summary>
    public static SparseScoreMatrix Sparse(int rows, int columns, double density, int seed)
    {
        var random = new Random(seed);
        int[] permutation = Enumerable.Range(0, columns).ToArray();
        random.Shuffle(permutation);
        var builder = SparseScoreMatrix.CreateBuilder(columns, (int)(rows * columns * density * 1.1) + rows);
        for (int r = 0; r < rows; r++)
        {
            for (int c = 0; c < columns; c++)
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

    /// <summary>
    /// The shape of <see cref="Sparse"/> for large matrices: the gaps between feasible pairs of a row are drawn from the
    /// geometric distribution (so the cost follows the pairs, not rows × columns), plus one pair per row, or per column
    /// when columns are fewer, on a random permutation, so that the smaller side can be assigned entirely; scores in (0, 1].
    /// </summary>
    public static SparseScoreMatrix SparseLarge(int rows, int columns, double density, int seed)
    {
        var random = new Random(seed);
        int[] forced = new int[rows];
        Array.Fill(forced, -1);
        int[] permutation = Enumerable.Range(0, Math.Max(rows, columns)).ToArray();
        random.Shuffle(permutation);
        for (int k = 0; k < Math.Min(rows, columns); k++)
        {
            if (rows <= columns)
            {
                forced[k] = permutation[k];
            }
            else
            {
                forced[permutation[k]] = k;
            }
        }

        double logMiss = Math.Log(1 - density);
        var builder = SparseScoreMatrix.CreateBuilder(columns, (int)Math.Min(int.MaxValue / 2, (rows * (long)columns * density * 1.05) + rows));
        var row = new List<int>();
        for (int r = 0; r < rows; r++)
        {
            row.Clear();
            for (int c = (int)Math.Floor(Math.Log(1 - random.NextDouble()) / logMiss); c < columns; c += 1 + (int)Math.Floor(Math.Log(1 - random.NextDouble()) / logMiss))
            {
                row.Add(c);
            }

            if (forced[r] >= 0 && row.BinarySearch(forced[r]) < 0)
            {
                row.Insert(~row.BinarySearch(forced[r]), forced[r]);
            }

            foreach (int c in row)
            {
                builder.Add(c, 1.0 - random.NextDouble());
            }

            builder.EndRow();
        }

        return builder.Build();
    }

    /// <summary>First come, first served: each row in order takes its best column still free. Returns the total.</summary>
    public static double GreedyDense(double[] values, int rows, int columns)
    {
        bool[] taken = new bool[columns];
        double total = 0.0;
        for (int r = 0; r < rows; r++)
        {
            int best = -1;
            var row = values.AsSpan(r * columns, columns);
            for (int c = 0; c < columns; c++)
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
        bool[] taken = new bool[matrix.Columns];
        var starts = matrix.RowStarts;
        var columns = matrix.ColumnIndices;
        var values = matrix.Values;
        double total = 0.0;
        for (int r = 0; r < matrix.Rows; r++)
        {
            int best = -1;
            for (int k = starts[r]; k < starts[r + 1]; k++)
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
