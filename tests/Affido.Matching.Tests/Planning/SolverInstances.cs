using Affido.Matching.Planning;
using FsCheck;
using FsCheck.Fluent;

namespace Affido.Matching.Tests.Planning;

/// <summary>Seeded random <see cref="Instance"/>s for the solver's properties, beyond <see cref="Instance.Generator"/>'s small shapes.</summary>
internal static class SolverInstances
{
    /// <summary>Shapes from <paramref name="min"/> to <paramref name="max"/> on each side, square about a third of the time.</summary>
    public static Gen<(int Rows, int Columns)> Shapes(int min, int max) =>
        Gen.OneOf(
            from n in Gen.Choose(min, max) select (n, n),
            from r in Gen.Choose(min, max) from c in Gen.Choose(min, max) select (r, c));

    /// <summary>
    /// <see cref="Random(int, int, double, bool, bool, int)"/> instances of <see cref="Shapes"/>, at least
    /// <paramref name="minPercent"/> % dense, with or without a full matching, with the seed that drew them.
    /// </summary>
    public static Gen<(Instance Instance, int Seed)> Randoms(int min, int max, int minPercent, bool fine) =>
        from shape in Shapes(min, max)
        from density in Gen.Choose(minPercent, 100)
        from fullMatching in Gen.Elements(true, false)
        from seed in Gen.Choose(0, int.MaxValue - 1)
        select (Random(shape.Rows, shape.Columns, density / 100.0, fullMatching, fine, seed), seed);

    /// <summary>
    /// About <paramref name="density"/> of the pairs feasible, plus (when <paramref name="fullMatching"/>) one pair per
    /// row or per column on a random permutation, so that the smaller side can be assigned entirely. Values on a fine
    /// grid (ties unlikely) or a coarse one (ties everywhere).
    /// </summary>
    public static Instance Random(int rows, int columns, double density, bool fullMatching, bool fine, int seed)
    {
        var random = new Random(seed);
        double[] values = new double[rows * columns];
        bool[] feasible = new bool[rows * columns];
        for (int k = 0; k < values.Length; k++)
        {
            values[k] = fine ? random.Next(1_000_000_000) / 1e9 : random.Next(21) / 20.0;
            feasible[k] = random.NextDouble() < density;
        }

        if (fullMatching)
        {
            int[] permutation = Enumerable.Range(0, Math.Max(rows, columns)).ToArray();
            random.Shuffle(permutation);
            for (int k = 0; k < Math.Min(rows, columns); k++)
            {
                var (r, c) = rows <= columns ? (k, permutation[k]) : (permutation[k], k);
                feasible[(r * columns) + c] = true;
            }
        }

        return new Instance(rows, columns, values, feasible);
    }

    /// <summary>
    /// A problem with no assignment of the smaller side although every one of its lines has a pair: a random instance
    /// with a full matching, then two lines of the smaller side keep only one and the same pair line.
    /// </summary>
    public static Instance WithoutFullAssignment(int rows, int columns, double density, int seed)
    {
        var instance = Random(rows, columns, density, fullMatching: true, fine: false, seed);
        bool[] feasible = (bool[])instance.Feasible.Clone();
        var random = new Random(seed ^ 0x5f3759df);
        int small = Math.Min(rows, columns);
        int large = Math.Max(rows, columns);
        int a = random.Next(small);
        int b = (a + 1 + random.Next(small - 1)) % small;
        int shared = random.Next(large);
        foreach (int line in new[] { a, b })
        {
            for (int other = 0; other < large; other++)
            {
                int at = rows <= columns ? (line * columns) + other : (other * columns) + line;
                feasible[at] = other == shared;
            }
        }

        return instance with { Feasible = feasible };
    }

    /// <summary>The same matrix with the pairs of each row in a seeded random order.</summary>
    public static SparseScoreMatrix ShuffleWithinRows(SparseScoreMatrix matrix, int seed)
    {
        var random = new Random(seed);
        int[] indices = matrix.ColumnIndices.ToArray();
        double[] values = matrix.Values.ToArray();
        var starts = matrix.RowStarts;
        for (int r = 0; r < matrix.Rows; r++)
        {
            for (int k = starts[r + 1] - 1; k > starts[r]; k--)
            {
                int other = starts[r] + random.Next(k - starts[r] + 1);
                (indices[k], indices[other]) = (indices[other], indices[k]);
                (values[k], values[other]) = (values[other], values[k]);
            }
        }

        return new SparseScoreMatrix(matrix.Rows, matrix.Columns, starts, indices, values);
    }
}
