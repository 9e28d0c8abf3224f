using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Affido.Matching.Planning;

/// <summary>
/// Crouse's rectangular shortest augmenting path on a dense row-major matrix with rows ≤ columns (every pair
/// feasible): for each row a Dijkstra search over the columns not yet settled (the "remaining" list), then the
/// potentials and the assignment are updated along the path found.
/// </summary>
internal static class DenseShortestPath
{
    public static void Solve<TCost>(ReadOnlySpan<double> values, int rows, int columns, int[] columnForRow)
        where TCost : struct, ICostOf
    {
        var u = new double[rows];
        var v = new double[columns];
        var shortest = new double[columns];
        var path = new int[columns];
        var rowForColumn = new int[columns];
        var remaining = new int[columns];
        var scannedRows = new int[rows];
        var scannedColumns = new int[columns];
        Array.Fill(rowForColumn, -1);
        Array.Fill(columnForRow, -1);

        ref var vRef = ref MemoryMarshal.GetArrayDataReference(v);
        ref var shortestRef = ref MemoryMarshal.GetArrayDataReference(shortest);
        ref var pathRef = ref MemoryMarshal.GetArrayDataReference(path);
        ref var remainingRef = ref MemoryMarshal.GetArrayDataReference(remaining);

        for (var current = 0; current < rows; current++)
        {
            // Columns in reverse order, as scipy does, so that ties resolve the same way.
            for (var k = 0; k < columns; k++)
            {
                remaining[k] = columns - k - 1;
            }

            Array.Fill(shortest, double.PositiveInfinity);
            var remainingCount = columns;
            var scannedRowCount = 0;
            var scannedColumnCount = 0;
            var minValue = 0.0;
            var i = current;
            int sink;
            while (true)
            {
                scannedRows[scannedRowCount++] = i;
                ref var rowRef = ref MemoryMarshal.GetReference(values.Slice(i * columns, columns));
                var offset = minValue - u[i];
                var lowest = double.PositiveInfinity;
                var index = -1;
                for (var k = 0; k < remainingCount; k++)
                {
                    var j = Unsafe.Add(ref remainingRef, k);
                    var reduced = offset + TCost.Cost(Unsafe.Add(ref rowRef, j)) - Unsafe.Add(ref vRef, j);
                    ref var sj = ref Unsafe.Add(ref shortestRef, j);
                    if (reduced < sj)
                    {
                        Unsafe.Add(ref pathRef, j) = i;
                        sj = reduced;
                    }

                    // Among equally short columns prefer a free one: the search ends sooner.
                    if (sj < lowest || (sj == lowest && rowForColumn[j] == -1))
                    {
                        lowest = sj;
                        index = k;
                    }
                }

                minValue = lowest;
                var settled = remaining[index];
                scannedColumns[scannedColumnCount++] = settled;
                remaining[index] = remaining[--remainingCount];
                if (rowForColumn[settled] == -1)
                {
                    sink = settled;
                    break;
                }

                i = rowForColumn[settled];
            }

            // Potentials: keep reduced costs non-negative and zero on assigned pairs.
            u[current] += minValue;
            for (var k = 1; k < scannedRowCount; k++)
            {
                var r = scannedRows[k];
                u[r] += minValue - shortest[columnForRow[r]];
            }

            for (var k = 0; k < scannedColumnCount; k++)
            {
                var j = scannedColumns[k];
                v[j] -= minValue - shortest[j];
            }

            // Switch the assignment along the path.
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
}
