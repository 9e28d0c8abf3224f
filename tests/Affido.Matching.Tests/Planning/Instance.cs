using Affido.Matching.Planning;
using FsCheck;
using FsCheck.Fluent;

namespace Affido.Matching.Tests.Planning;

/// <summary>A small assignment problem for property tests: a row-major value matrix and a feasibility mask.</summary>
public sealed record Instance(int Rows, int Columns, double[] Values, bool[] Feasible)
{
    public override string ToString() =>
        $"{Rows}x{Columns} values=[{string.Join(", ", Values)}] feasible=[{string.Join("", Feasible.Select(f => f ? '1' : '0'))}]";

    public double Value(int row, int column) => Values[(row * Columns) + column];

    public bool IsFeasible(int row, int column) => Feasible[(row * Columns) + column];

    public SparseScoreMatrix ToSparse()
    {
        var builder = SparseScoreMatrix.CreateBuilder(Columns);
        for (int r = 0; r < Rows; r++)
        {
            // Columns in descending order: the solver must not depend on the order within a row.
            for (int c = Columns - 1; c >= 0; c--)
            {
                if (IsFeasible(r, c))
                {
                    builder.Add(c, Value(r, c));
                }
            }

            builder.EndRow();
        }

        return builder.Build();
    }

    /// <summary>Instances with every shape up to 7x7, plus 5x8 and 8x5; values on a coarse grid (ties happen) or fine (ties do not).</summary>
    public static Gen<Instance> Generator(bool allFeasible, bool coarse = true)
    {
        var shapes = Gen.OneOf(
            from r in Gen.Choose(1, 7) from c in Gen.Choose(1, 7) select (r, c),
            Gen.Elements((5, 8), (8, 5)));
        var value = coarse
            ? Gen.Choose(0, 20).Select(v => v / 20.0)
            : Gen.Choose(0, 1_000_000_000).Select(v => v / 1_000_000_000.0);
        return from shape in shapes
               from values in value.ArrayOf(shape.Item1 * shape.Item2)
               from density in Gen.Choose(20, 100)
               from mask in Gen.Choose(0, 99).Select(p => allFeasible || p < density).ArrayOf(shape.Item1 * shape.Item2)
               select new Instance(shape.Item1, shape.Item2, values, mask);
    }

    /// <summary>The best (assigned count, total) over every assignment of feasible pairs, by exhaustive search.</summary>
    public (int Count, double Total) BruteForce(AssignmentObjective objective)
    {
        double sign = objective == AssignmentObjective.Maximize ? 1.0 : -1.0;
        bool[] used = new bool[Columns];
        var best = (Count: -1, Total: double.NegativeInfinity);

        void Visit(int row, int count, double total)
        {
            if (row == Rows)
            {
                if (count > best.Count || (count == best.Count && total > best.Total))
                {
                    best = (count, total);
                }

                return;
            }

            Visit(row + 1, count, total);
            for (int c = 0; c < Columns; c++)
            {
                if (!used[c] && IsFeasible(row, c))
                {
                    used[c] = true;
                    Visit(row + 1, count + 1, total + (sign * Value(row, c)));
                    used[c] = false;
                }
            }
        }

        Visit(0, 0, 0);
        return (best.Count, sign * best.Total);
    }
}
