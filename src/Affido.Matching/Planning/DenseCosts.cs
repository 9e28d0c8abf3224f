using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Affido.Matching.Planning;

/// <summary>
/// The loops of <see cref="ShortestAugmentingPath"/> over a dense row-major matrix in which every pair is feasible:
/// each scan walks a whole row, four columns at a time where the hardware allows.
/// </summary>
/// <remarks>
/// A search keeps one distance per column; a settled column's distance is set to NaN, so that the branch-free scan
/// (<c>candidate &lt; distance</c>, <c>distance &lt; lowest</c>) skips it without a list of the columns left. The scan
/// that relaxes a row also finds the closest unsettled column, so settling it costs nothing more.
/// </remarks>
internal struct DenseCosts<TCost> : IAssignmentCosts
    where TCost : struct, ICostOf
{
    private readonly double[] potential;
    private double[] distance = [];
    private int[] pathRow = [];
    private int closest;

    public DenseCosts(int rows, int columns, double[] potential)
    {
        Rows = rows;
        Columns = columns;
        this.potential = potential;
        closest = -1;
    }

    public int Rows { get; }

    public int Columns { get; }

    public readonly bool ColumnMinima(ReadOnlySpan<double> values, double[] minimum, int[] rowOfMinimum)
    {
        int columns = Columns;
        Array.Fill(minimum, double.PositiveInfinity, 0, columns);
        ref double minRef = ref MemoryMarshal.GetArrayDataReference(minimum);
        ref int rowRef = ref MemoryMarshal.GetArrayDataReference(rowOfMinimum);
        for (int i = 0; i < Rows; i++)
        {
            ref double costRef = ref MemoryMarshal.GetReference(values.Slice(i * columns, columns));
            int j = 0;
            if (Vector256.IsHardwareAccelerated)
            {
                for (; j <= columns - Vector256<double>.Count; j += Vector256<double>.Count)
                {
                    var cost = TCost.Cost(Vector256.LoadUnsafe(ref costRef, (nuint)j));
                    var lower = Vector256.LessThan(cost, Vector256.LoadUnsafe(ref minRef, (nuint)j)); // strict: the first row keeps a tie
                    uint mask = lower.ExtractMostSignificantBits();
                    if (mask != 0)
                    {
                        Vector256.ConditionalSelect(lower, cost, Vector256.LoadUnsafe(ref minRef, (nuint)j)).StoreUnsafe(ref minRef, (nuint)j);
                        do
                        {
                            Unsafe.Add(ref rowRef, j + BitOperations.TrailingZeroCount(mask)) = i;
                            mask &= mask - 1;
                        }
                        while (mask != 0);
                    }
                }
            }

            for (; j < columns; j++)
            {
                double cost = TCost.Cost(Unsafe.Add(ref costRef, j));
                if (cost < Unsafe.Add(ref minRef, j))
                {
                    Unsafe.Add(ref minRef, j) = cost;
                    Unsafe.Add(ref rowRef, j) = i;
                }
            }
        }

        return true;
    }

    public readonly double SmallestReducedExcept(ReadOnlySpan<double> values, int row, int except)
    {
        var costs = values.Slice(row * Columns, Columns);
        double[] v = potential;
        double smallest = double.PositiveInfinity;
        for (int j = 0; j < costs.Length; j++)
        {
            double reduced = TCost.Cost(costs[j]) - v[j];
            if (reduced < smallest && j != except)
            {
                smallest = reduced;
            }
        }

        return smallest;
    }

    public readonly void TwoSmallest(ReadOnlySpan<double> values, int row, out ReducedCost first, out ReducedCost second)
    {
        int columns = Columns;
        ref double costRef = ref MemoryMarshal.GetReference(values.Slice(row * columns, columns));
        ref double vRef = ref MemoryMarshal.GetArrayDataReference(potential);
        double lowest = double.PositiveInfinity, next = double.PositiveInfinity;
        int lowestColumn = -1, nextColumn = -1;
        int j = 0;
        if (Vector256.IsHardwareAccelerated && columns >= Vector256<double>.Count)
        {
            // Each lane keeps its own two smallest (strict comparisons: the first column on ties); the eight
            // candidates are merged at the end.
            var low1 = Vector256.Create(double.PositiveInfinity);
            var low2 = low1;
            var at1 = Vector256<double>.Zero;
            var at2 = at1;
            var indices = Vector256.Create(0.0, 1.0, 2.0, 3.0);
            var step = Vector256.Create((double)Vector256<double>.Count);
            for (; j <= columns - Vector256<double>.Count; j += Vector256<double>.Count)
            {
                var reduced = TCost.Cost(Vector256.LoadUnsafe(ref costRef, (nuint)j)) - Vector256.LoadUnsafe(ref vRef, (nuint)j);
                var below2 = Vector256.LessThan(reduced, low2);
                if (below2 != Vector256<double>.Zero)
                {
                    var below1 = Vector256.LessThan(reduced, low1);
                    low2 = Vector256.ConditionalSelect(below1, low1, Vector256.ConditionalSelect(below2, reduced, low2));
                    at2 = Vector256.ConditionalSelect(below1, at1, Vector256.ConditionalSelect(below2, indices, at2));
                    low1 = Vector256.ConditionalSelect(below1, reduced, low1);
                    at1 = Vector256.ConditionalSelect(below1, indices, at1);
                }

                indices += step;
            }

            for (int lane = 0; lane < Vector256<double>.Count; lane++)
            {
                Merge(low1.GetElement(lane), (int)at1.GetElement(lane), ref lowest, ref lowestColumn, ref next, ref nextColumn);
                Merge(low2.GetElement(lane), (int)at2.GetElement(lane), ref lowest, ref lowestColumn, ref next, ref nextColumn);
            }
        }

        for (; j < columns; j++)
        {
            Merge(TCost.Cost(Unsafe.Add(ref costRef, j)) - Unsafe.Add(ref vRef, j), j, ref lowest, ref lowestColumn, ref next, ref nextColumn);
        }

        first = lowestColumn < 0 ? ReducedCost.None : new ReducedCost(lowestColumn, lowest, TCost.Cost(Unsafe.Add(ref costRef, lowestColumn)));
        second = nextColumn < 0 ? ReducedCost.None : new ReducedCost(nextColumn, next, TCost.Cost(Unsafe.Add(ref costRef, nextColumn)));
    }

    public void BeginSearch()
    {
        if (distance.Length < Columns)
        {
            // The first search (rectangular problems often need none).
            distance = new double[Columns];
            pathRow = new int[Columns];
        }

        Array.Fill(distance, double.PositiveInfinity);
        closest = -1;
    }

    public void Scan(ReadOnlySpan<double> values, int row, double offset)
    {
        int columns = Columns;
        ref double costRef = ref MemoryMarshal.GetReference(values.Slice(row * columns, columns));
        ref double vRef = ref MemoryMarshal.GetArrayDataReference(potential);
        ref double dRef = ref MemoryMarshal.GetArrayDataReference(distance);
        ref int pathRef = ref MemoryMarshal.GetArrayDataReference(pathRow);
        double lowest = double.PositiveInfinity;
        int lowestColumn = -1;
        int j = 0;
        if (Vector256.IsHardwareAccelerated && columns >= Vector256<double>.Count)
        {
            var offsets = Vector256.Create(offset);
            var lowestLanes = Vector256.Create(double.PositiveInfinity);
            var lowestIndices = Vector256<double>.Zero;
            var indices = Vector256.Create(0.0, 1.0, 2.0, 3.0);
            var step = Vector256.Create((double)Vector256<double>.Count);
            for (; j <= columns - Vector256<double>.Count; j += Vector256<double>.Count)
            {
                var candidate = offsets + TCost.Cost(Vector256.LoadUnsafe(ref costRef, (nuint)j)) - Vector256.LoadUnsafe(ref vRef, (nuint)j);
                var current = Vector256.LoadUnsafe(ref dRef, (nuint)j);
                var shorter = Vector256.LessThan(candidate, current); // false on settled (NaN) columns
                uint mask = shorter.ExtractMostSignificantBits();
                if (mask != 0)
                {
                    current = Vector256.ConditionalSelect(shorter, candidate, current);
                    current.StoreUnsafe(ref dRef, (nuint)j);
                    do
                    {
                        Unsafe.Add(ref pathRef, j + BitOperations.TrailingZeroCount(mask)) = row;
                        mask &= mask - 1;
                    }
                    while (mask != 0);
                }

                var lower = Vector256.LessThan(current, lowestLanes); // strict: each lane keeps its first (smallest) column
                lowestLanes = Vector256.ConditionalSelect(lower, current, lowestLanes);
                lowestIndices = Vector256.ConditionalSelect(lower, indices, lowestIndices);
                indices += step;
            }

            for (int lane = 0; lane < Vector256<double>.Count; lane++)
            {
                double d = lowestLanes.GetElement(lane);
                int c = (int)lowestIndices.GetElement(lane);
                if (d < lowest || (d == lowest && d < double.PositiveInfinity && c < lowestColumn))
                {
                    lowest = d;
                    lowestColumn = c;
                }
            }
        }

        for (; j < columns; j++)
        {
            double candidate = offset + TCost.Cost(Unsafe.Add(ref costRef, j)) - Unsafe.Add(ref vRef, j);
            ref double d = ref Unsafe.Add(ref dRef, j);
            if (candidate < d)
            {
                d = candidate;
                Unsafe.Add(ref pathRef, j) = row;
            }

            if (d < lowest)
            {
                lowest = d;
                lowestColumn = j;
            }
        }

        closest = lowestColumn;
    }

    public bool TrySettleClosest(out int column, out double distance)
    {
        column = closest;
        if (column < 0)
        {
            distance = double.PositiveInfinity;
            return false;
        }

        distance = this.distance[column];
        this.distance[column] = double.NaN;
        closest = -1;
        return true;
    }

    public readonly int PathRow(int column) => pathRow[column];

    public readonly double PathCost(ReadOnlySpan<double> values, int column) => TCost.Cost(values[(pathRow[column] * Columns) + column]);

    /// <summary>Keeps (<paramref name="reduced"/>, <paramref name="column"/>) if it is among the two smallest so far, by (reduced cost, column).</summary>
    private static void Merge(double reduced, int column, ref double lowest, ref int lowestColumn, ref double next, ref int nextColumn)
    {
        if (!(reduced < double.PositiveInfinity) || Before(next, nextColumn, reduced, column))
        {
            return;
        }

        if (Before(reduced, column, lowest, lowestColumn))
        {
            (next, nextColumn) = (lowest, lowestColumn);
            (lowest, lowestColumn) = (reduced, column);
        }
        else
        {
            (next, nextColumn) = (reduced, column);
        }
    }

    /// <summary>Whether (a, aColumn) comes before (b, bColumn); a missing candidate (column -1) comes last.</summary>
    private static bool Before(double a, int aColumn, double b, int bColumn) =>
        bColumn < 0 || (aColumn >= 0 && (a < b || (a == b && aColumn < bColumn)));
}
