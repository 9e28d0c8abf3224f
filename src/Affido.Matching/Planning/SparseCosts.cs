using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Affido.Matching.Planning;

/// <summary>
/// The loops of <see cref="ShortestAugmentingPath"/> over the stored pairs of a CSR matrix (LAPJVsp style): each scan
/// walks only a row's pairs, and the searches keep their frontier in a binary heap.
/// </summary>
/// <remarks>
/// One mark per column tells whether the current search has reached it (2 × search number) or settled it (that + 1),
/// so a search costs what it visits, not the number of columns. The mark, the distance and the predecessor of a column
/// share one 16-byte slot: a relaxation reads one cache line for them instead of three.
/// </remarks>
internal struct SparseCosts<TCost> : IAssignmentCosts
    where TCost : struct, ICostOf
{
    private readonly int[] starts;
    private readonly int[] indices;
    private readonly double[] potential;
    private readonly int[] rowForColumn;
    private readonly int averagePairs;
    private Slot[] slots = [];
    private int[] pathEntry = [];
    private ColumnHeap? heap;
    private int reached;
    private double nearestFree;

    public SparseCosts(int rows, int columns, int[] starts, int[] indices, double[] potential, int[] rowForColumn)
    {
        this.rowForColumn = rowForColumn;
        Rows = rows;
        Columns = columns;
        this.starts = starts;
        this.indices = indices;
        this.potential = potential;
        averagePairs = (int)Math.Min(indices.Length / Math.Max(rows, 1), columns);
    }

    public int Rows { get; }

    public int Columns { get; }

    public readonly bool ColumnMinima(ReadOnlySpan<double> values, double[] minimum, int[] rowOfMinimum)
    {
        Array.Fill(minimum, double.PositiveInfinity, 0, Columns);
        for (int i = 0; i < Rows; i++)
        {
            for (int k = starts[i]; k < starts[i + 1]; k++)
            {
                int j = indices[k];
                double cost = TCost.Cost(values[k]);
                if (cost < minimum[j])
                {
                    minimum[j] = cost;
                    rowOfMinimum[j] = i;
                }
            }
        }

        for (int j = 0; j < Columns; j++)
        {
            if (double.IsPositiveInfinity(minimum[j]))
            {
                return false;
            }
        }

        return true;
    }

    public readonly double SmallestReducedExcept(ReadOnlySpan<double> values, int row, int except)
    {
        double smallest = double.PositiveInfinity;
        for (int k = starts[row]; k < starts[row + 1]; k++)
        {
            int j = indices[k];
            double reduced = TCost.Cost(values[k]) - potential[j];
            if (reduced < smallest && j != except)
            {
                smallest = reduced;
            }
        }

        return smallest;
    }

    public readonly void TwoSmallest(ReadOnlySpan<double> values, int row, out ReducedCost first, out ReducedCost second)
    {
        // Indices were checked when the matrix was built: no bounds checks in the loop.
        ref double valueRef = ref MemoryMarshal.GetReference(values);
        ref int indexRef = ref MemoryMarshal.GetArrayDataReference(indices);
        ref double vRef = ref MemoryMarshal.GetArrayDataReference(potential);
        double lowest = double.PositiveInfinity, next = double.PositiveInfinity;
        int lowestAt = -1, nextAt = -1;
        for (int k = starts[row], end = starts[row + 1]; k < end; k++)
        {
            int j = Unsafe.Add(ref indexRef, k);
            double reduced = TCost.Cost(Unsafe.Add(ref valueRef, k)) - Unsafe.Add(ref vRef, j);
            if (reduced > next || (reduced == next && (nextAt < 0 || j > Unsafe.Add(ref indexRef, nextAt))))
            {
                continue; // the common case: not among the two smallest (ties go to the smaller column)
            }

            if (reduced < lowest || (reduced == lowest && j < Unsafe.Add(ref indexRef, lowestAt)))
            {
                (next, nextAt) = (lowest, lowestAt);
                (lowest, lowestAt) = (reduced, k);
            }
            else
            {
                (next, nextAt) = (reduced, k);
            }
        }

        first = lowestAt < 0 ? ReducedCost.None : new ReducedCost(indices[lowestAt], lowest, TCost.Cost(values[lowestAt]));
        second = nextAt < 0 ? ReducedCost.None : new ReducedCost(indices[nextAt], next, TCost.Cost(values[nextAt]));
    }

    public void BeginSearch()
    {
        if (heap is null)
        {
            // The first search: most problems need few (rectangular ones often none). Most searches settle a handful
            // of columns, so the heap starts at a few rows' worth and grows on demand.
            slots = new Slot[Columns];
            pathEntry = new int[Columns];
            heap = new ColumnHeap(4 * averagePairs);
        }

        reached += 2;
        nearestFree = double.PositiveInfinity;
        heap.Clear();
    }

    public void Scan(ReadOnlySpan<double> values, int row, double offset)
    {
        // A column farther than a free column already reached can never be settled before the search ends there.
        double bound = nearestFree;
        ref double valueRef = ref MemoryMarshal.GetReference(values);
        ref int indexRef = ref MemoryMarshal.GetArrayDataReference(indices);
        ref double vRef = ref MemoryMarshal.GetArrayDataReference(potential);
        ref var slotRef = ref MemoryMarshal.GetArrayDataReference(slots);
        int settled = reached + 1;
        for (int k = starts[row], end = starts[row + 1]; k < end; k++)
        {
            int j = Unsafe.Add(ref indexRef, k);
            ref var slot = ref Unsafe.Add(ref slotRef, j);
            if (slot.Mark == settled)
            {
                continue;
            }

            double candidate = offset + TCost.Cost(Unsafe.Add(ref valueRef, k)) - Unsafe.Add(ref vRef, j);
            if (candidate <= bound && (slot.Mark != reached || candidate < slot.Distance))
            {
                slot = new Slot(candidate, reached, row);
                pathEntry[j] = k;
                heap!.Push(candidate, j);
                if (rowForColumn[j] < 0)
                {
                    bound = candidate;
                }
            }
        }

        nearestFree = bound;
    }

    public readonly bool TrySettleClosest(out int column, out double distance)
    {
        while (heap!.Count > 0)
        {
            heap.Pop(out distance, out column);
            ref var slot = ref slots[column];
            if (slot.Mark == reached && distance == slot.Distance)
            {
                slot.Mark = reached + 1;
                return true;
            }
        }

        column = -1;
        distance = double.PositiveInfinity;
        return false;
    }

    public readonly int PathRow(int column) => slots[column].PathRow;

    public readonly double PathCost(ReadOnlySpan<double> values, int column) => TCost.Cost(values[pathEntry[column]]);

    /// <summary>A column's state in the current search.</summary>
    /// <param name="Distance">Its distance, when reached.</param>
    /// <param name="Mark">2 × search number when reached by that search, one more when settled.</param>
    /// <param name="PathRow">The row it was last reached through.</param>
    private record struct Slot(double Distance, int Mark, int PathRow);
}
