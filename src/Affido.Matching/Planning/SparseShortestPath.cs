namespace Affido.Matching.Planning;

/// <summary>
/// Shortest augmenting path over the stored pairs only (LAPJVsp style): for each row a Dijkstra search with a binary
/// heap over reduced costs, with one private "unassigned" column per row whose cost is <c>unassignedCost</c>. The
/// search stops at the first free real column; when the reachable part of the graph has none, the cheapest
/// "unassigned" column of a row in the search tree ends the path and that row is left unassigned.
/// </summary>
internal static class SparseShortestPath
{
    public static void Solve<TCost>(int rows, int columns, int[] starts, int[] indices, double[] values, double unassignedCost, int[] columnForRow)
        where TCost : struct, ICostOf
    {
        var u = new double[rows];
        var v = new double[columns];
        var distance = new double[columns];
        var path = new int[columns];
        var reachedIn = new int[columns];   // the round (row + 1) in which distance[j] was last set
        var settledIn = new int[columns];   // the round (row + 1) in which j was settled
        var rowForColumn = new int[columns];
        var settledColumns = new int[columns];
        Array.Fill(rowForColumn, -1);
        Array.Fill(columnForRow, -1);
        // Most rows end on their own cheapest column without the heap: start small (a few rows' worth) and grow on demand.
        var heap = new ColumnHeap(Math.Clamp(4 * (indices.Length / Math.Max(rows, 1)), 16, Math.Max(16, 4 * columns)));

        for (var current = 0; current < rows; current++)
        {
            var round = current + 1;
            heap.Clear();
            var settledCount = 0;
            double bestUnassigned;
            int bestUnassignedRow;
            var sink = -1;
            double minValue;

            // First the row's own pairs, without the heap: most rows end here, on their cheapest column when it is free.
            var first = -1;
            var firstDistance = double.PositiveInfinity;
            var rowOffset = -u[current];
            for (var k = starts[current]; k < starts[current + 1]; k++)
            {
                var j = indices[k];
                var reduced = rowOffset + TCost.Cost(values[k]) - v[j];
                reachedIn[j] = round;
                distance[j] = reduced;
                path[j] = current;
                if (reduced < firstDistance || (reduced == firstDistance && j < first))
                {
                    firstDistance = reduced;
                    first = j;
                }
            }

            if (first >= 0 && rowForColumn[first] == -1 && !(unassignedCost < firstDistance))
            {
                columnForRow[current] = first;
                rowForColumn[first] = current;
                u[current] += firstDistance;
                continue;
            }

            for (var k = starts[current]; k < starts[current + 1]; k++)
            {
                heap.Push(distance[indices[k]], indices[k]);
            }

            bestUnassigned = unassignedCost;
            bestUnassignedRow = current;
            while (true)
            {
                // Settle the closest column (stale heap entries skipped), or end at the cheapest "unassigned" column.
                var next = -1;
                var nextDistance = double.PositiveInfinity;
                while (heap.Count > 0)
                {
                    heap.Pop(out nextDistance, out next);
                    if (settledIn[next] != round && nextDistance == distance[next])
                    {
                        break;
                    }

                    next = -1;
                }

                if (next == -1 || bestUnassigned < nextDistance)
                {
                    minValue = bestUnassigned;
                    break;
                }

                settledIn[next] = round;
                settledColumns[settledCount++] = next;
                if (rowForColumn[next] == -1)
                {
                    sink = next;
                    minValue = nextDistance;
                    break;
                }

                // Scan the row that holds the settled column.
                var i = rowForColumn[next];
                var offset = nextDistance - u[i];
                for (var k = starts[i]; k < starts[i + 1]; k++)
                {
                    var j = indices[k];
                    if (settledIn[j] == round)
                    {
                        continue;
                    }

                    var reduced = offset + TCost.Cost(values[k]) - v[j];
                    if (reachedIn[j] != round || reduced < distance[j])
                    {
                        reachedIn[j] = round;
                        distance[j] = reduced;
                        path[j] = i;
                        heap.Push(reduced, j);
                    }
                }

                // The row's own "unassigned" column (its potential stays 0: it is only ever settled as a sink).
                var unassigned = offset + unassignedCost;
                if (unassigned < bestUnassigned)
                {
                    bestUnassigned = unassigned;
                    bestUnassignedRow = i;
                }
            }

            u[current] += minValue;
            for (var k = 0; k < settledCount; k++)
            {
                var j = settledColumns[k];
                var delta = minValue - distance[j];
                v[j] -= delta;
                var r = rowForColumn[j];
                if (r >= 0)
                {
                    u[r] += delta;
                }
            }

            if (sink == -1)
            {
                // The path ends with bestUnassignedRow giving up its column.
                if (bestUnassignedRow == current)
                {
                    continue;
                }

                sink = columnForRow[bestUnassignedRow];
                columnForRow[bestUnassignedRow] = -1;
            }

            var column = sink;
            while (true)
            {
                var r = path[column];
                rowForColumn[column] = r;
                (columnForRow[r], column) = (column, columnForRow[r]);
                if (r == current)
                {
                    break;
                }
            }
        }
    }

    /// <summary>A binary min-heap of (distance, column) with lazy deletion; ties go to the smaller column.</summary>
    private struct ColumnHeap(int capacity)
    {
        private double[] keys = new double[capacity];
        private int[] items = new int[capacity];

        public int Count { get; private set; }

        public void Clear() => Count = 0;

        public void Push(double key, int item)
        {
            if (Count == keys.Length)
            {
                Array.Resize(ref keys, Count * 2);
                Array.Resize(ref items, Count * 2);
            }

            var at = Count++;
            while (at > 0)
            {
                var parent = (at - 1) >> 1;
                if (!Less(key, item, keys[parent], items[parent]))
                {
                    break;
                }

                keys[at] = keys[parent];
                items[at] = items[parent];
                at = parent;
            }

            keys[at] = key;
            items[at] = item;
        }

        public void Pop(out double key, out int item)
        {
            key = keys[0];
            item = items[0];
            var count = --Count;
            if (count == 0)
            {
                return;
            }

            var lastKey = keys[count];
            var lastItem = items[count];
            var at = 0;
            while (true)
            {
                var child = (2 * at) + 1;
                if (child >= count)
                {
                    break;
                }

                if (child + 1 < count && Less(keys[child + 1], items[child + 1], keys[child], items[child]))
                {
                    child++;
                }

                if (!Less(keys[child], items[child], lastKey, lastItem))
                {
                    break;
                }

                keys[at] = keys[child];
                items[at] = items[child];
                at = child;
            }

            keys[at] = lastKey;
            items[at] = lastItem;
        }

        private static bool Less(double key, int item, double otherKey, int otherItem) =>
            key < otherKey || (key == otherKey && item < otherItem);
    }
}
