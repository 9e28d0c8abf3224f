using System.Globalization;
using System.Runtime.InteropServices;
using Affido.Domain;

namespace Affido.Matching.Planning;

/// <summary>
/// Exact rectangular linear-sum-assignment: each row gets at most one column, each column at most one row, and the
/// total of the chosen entries is the largest (or smallest) possible.
/// </summary>
/// <remarks>
/// <para>
/// The method is the shortest augmenting path algorithm of Jonker and Volgenant in the rectangular form described by
/// D. F. Crouse, "On implementing 2D rectangular assignment algorithms", IEEE Trans. Aerospace and Electronic Systems
/// 52(4), 2016 — the method behind scipy's <c>linear_sum_assignment</c>. Rows are added one at a time; for each, a
/// Dijkstra search over reduced costs (kept non-negative by row and column potentials) finds the cheapest way to
/// extend the assignment, and the assignment is switched along that path. The dense solver scans the remaining
/// columns of a flat row-major matrix (O(r² c) for r ≤ c rows); the sparse solver walks only the stored pairs of
/// each row with a binary heap, as Jonker and Volgenant's LAPJVsp does (the method behind scipy's
/// <c>min_weight_full_bipartite_matching</c>).
/// </para>
/// <para>
/// <b>What is optimised.</b> A <em>dense</em> problem without a mask has every pair feasible: exactly
/// min(rows, columns) rows are assigned, with the best total (scipy's <c>linear_sum_assignment</c>). When some pairs
/// are infeasible (<see cref="SolveSparse"/>, or <see cref="SolveDense(ReadOnlySpan{double}, int, int, AssignmentObjective, ReadOnlySpan{bool})"/>
/// with a mask) a full assignment may not exist, and rows may stay unassigned. The solver then maximises first the
/// <em>number of assigned rows</em> and, among the assignments with that number, optimises the total. Assigning one
/// more row always wins, whatever the values: with scores in [0, 1], a feasible pair with score 0.05 is taken when it
/// lets one more row be assigned, even if the total of the others drops. Callers that consider a pair not worth taking
/// leave it out of the matrix (the planner does so with its minimum score). When every row can be assigned, the
/// result is the optimum over full assignments, the objective of scipy's <c>min_weight_full_bipartite_matching</c>.
/// Internally each row has a private "unassigned" column whose cost exceeds any difference in total, which is
/// exactly this lexicographic order.
/// </para>
/// <para>
/// <b>Determinism.</b> The result depends only on the input: rows are added in index order, and among equally short
/// paths the column with the smaller index is settled first. With ties (two optimal assignments), reordering rows or
/// columns may select the other optimum, with the same total.
/// </para>
/// <para>
/// Every value must be finite: NaN or an infinity is rejected with an <see cref="ArgumentException"/> naming the row
/// and the column (infeasible pairs are expressed by leaving them out, never by an infinite cost). Totals are exact up
/// to floating-point rounding in the potentials (relative error about 1e-13 for scores in [0, 1]).
/// </para>
/// <para>The solver allocates its working arrays once per call; the inner loops allocate nothing. Calls are thread-safe.</para>
/// </remarks>
public static class LinearAssignment
{
    /// <summary>Solves a dense problem on a row-major matrix in which every pair is feasible.</summary>
    /// <param name="values">The entries, row-major: entry (r, c) is <c>values[r * columns + c]</c>.</param>
    /// <param name="rows">The number of rows.</param>
    /// <param name="columns">The number of columns.</param>
    /// <param name="objective">Whether to maximise (scores) or minimise (costs) the total.</param>
    /// <returns>min(rows, columns) assigned rows with the optimal total.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rows"/> or <paramref name="columns"/> is negative, or <paramref name="objective"/> is undefined.</exception>
    /// <exception cref="ArgumentException">The length is not rows × columns, or an entry is NaN or infinite (the message names its row and column).</exception>
    public static AssignmentResult SolveDense(ReadOnlySpan<double> values, int rows, int columns, AssignmentObjective objective)
    {
        CheckShape(values.Length, rows, columns, nameof(values));
        CheckObjective(objective);
        for (var r = 0; r < rows; r++)
        {
            var row = values.Slice(r * columns, columns);
            for (var c = 0; c < row.Length; c++)
            {
                CheckFinite(row[c], r, c, nameof(values));
            }
        }

        var columnForRow = new int[rows];
        if (rows <= columns)
        {
            SolveDenseCore(values, rows, columns, objective, columnForRow);
        }
        else
        {
            var transposed = new double[values.Length];
            for (var r = 0; r < rows; r++)
            {
                for (var c = 0; c < columns; c++)
                {
                    transposed[(c * rows) + r] = values[(r * columns) + c];
                }
            }

            var rowForColumn = new int[columns];
            SolveDenseCore(transposed, columns, rows, objective, rowForColumn);
            Array.Fill(columnForRow, AssignmentResult.Unassigned);
            for (var c = 0; c < columns; c++)
            {
                columnForRow[rowForColumn[c]] = c;
            }
        }

        var total = 0.0;
        for (var r = 0; r < rows; r++)
        {
            if (columnForRow[r] >= 0)
            {
                total += values[(r * columns) + columnForRow[r]];
            }
        }

        return Result(columnForRow, total);
    }

    /// <summary>Solves a dense problem on a rectangular array in which every pair is feasible.</summary>
    /// <param name="values">The entries, <c>values[r, c]</c>.</param>
    /// <param name="objective">Whether to maximise (scores) or minimise (costs) the total.</param>
    /// <returns>min(rows, columns) assigned rows with the optimal total.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="objective"/> is undefined.</exception>
    /// <exception cref="ArgumentException">An entry is NaN or infinite (the message names its row and column).</exception>
    public static AssignmentResult SolveDense(double[,] values, AssignmentObjective objective)
    {
        ArgumentNullException.ThrowIfNull(values);
        int rows = values.GetLength(0), columns = values.GetLength(1);
        var flat = values.Length == 0 ? [] : MemoryMarshal.CreateReadOnlySpan(ref values[0, 0], values.Length);
        return SolveDense(flat, rows, columns, objective);
    }

    /// <summary>
    /// Solves a dense problem in which only the pairs marked in <paramref name="feasible"/> may be chosen: the same
    /// problem, and the same answer, as <see cref="SolveSparse"/> on <see cref="SparseScoreMatrix.FromDense"/>.
    /// </summary>
    /// <param name="values">The entries, row-major (infeasible entries are ignored and may be anything).</param>
    /// <param name="rows">The number of rows.</param>
    /// <param name="columns">The number of columns.</param>
    /// <param name="objective">Whether to maximise (scores) or minimise (costs) the total.</param>
    /// <param name="feasible">Row-major, true for the pairs that may be chosen; empty means every pair.</param>
    /// <returns>The most rows that can be assigned, with the optimal total among such assignments.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rows"/> or <paramref name="columns"/> is negative, or <paramref name="objective"/> is undefined.</exception>
    /// <exception cref="ArgumentException">A length does not match, or a feasible entry is NaN or infinite (the message names its row and column).</exception>
    public static AssignmentResult SolveDense(ReadOnlySpan<double> values, int rows, int columns, AssignmentObjective objective, ReadOnlySpan<bool> feasible) =>
        feasible.IsEmpty
            ? SolveDense(values, rows, columns, objective)
            : SolveSparse(SparseScoreMatrix.FromDense(values, rows, columns, feasible), objective);

    /// <summary>
    /// Solves a sparse problem: only the stored pairs are feasible. Assigns as many rows as possible and, among
    /// those assignments, finds the optimal total; the other rows are reported as unassigned.
    /// </summary>
    /// <param name="matrix">The feasible pairs and their values.</param>
    /// <param name="objective">Whether to maximise (scores) or minimise (costs) the total.</param>
    /// <returns>The optimal assignment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="matrix"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="objective"/> is undefined.</exception>
    /// <exception cref="ArgumentException">The values are so large in magnitude that the totals overflow.</exception>
    public static AssignmentResult SolveSparse(SparseScoreMatrix matrix, AssignmentObjective objective)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        CheckObjective(objective);
        int rows = matrix.Rows, columns = matrix.Columns;
        var columnForRow = new int[rows];
        if (rows <= columns)
        {
            SolveSparseCore(rows, columns, matrix.RowStartsArray, matrix.ColumnIndicesArray, matrix.ValuesArray, objective, columnForRow);
        }
        else
        {
            var (starts, indices, values) = Transpose(matrix);
            var rowForColumn = new int[columns];
            SolveSparseCore(columns, rows, starts, indices, values, objective, rowForColumn);
            Array.Fill(columnForRow, AssignmentResult.Unassigned);
            for (var c = 0; c < columns; c++)
            {
                if (rowForColumn[c] >= 0)
                {
                    columnForRow[rowForColumn[c]] = c;
                }
            }
        }

        var total = 0.0;
        for (var r = 0; r < rows; r++)
        {
            if (columnForRow[r] >= 0)
            {
                total += matrix.Find(r, columnForRow[r])!.Value;
            }
        }

        return Result(columnForRow, total);
    }

    internal static void CheckShape(int length, int rows, int columns, string parameterName)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        ArgumentOutOfRangeException.ThrowIfNegative(columns);
        if ((long)rows * columns != length)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The matrix has {length} entries; expected rows × columns = {rows} × {columns}."),
                parameterName);
        }
    }

    internal static void CheckFinite(double value, int row, int column, string parameterName)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The entry at row {row}, column {column} is {(double.IsNaN(value) ? "NaN" : value > 0 ? "+infinity" : "-infinity")}; every entry must be a finite number (leave infeasible pairs out instead)."),
                parameterName);
        }
    }

    private static void CheckObjective(AssignmentObjective objective)
    {
        if (objective is not (AssignmentObjective.Maximize or AssignmentObjective.Minimize))
        {
            throw new ArgumentOutOfRangeException(nameof(objective), objective, "Unknown objective.");
        }
    }

    private static AssignmentResult Result(int[] columnForRow, double total)
    {
        var assigned = 0;
        foreach (var column in columnForRow)
        {
            assigned += column >= 0 ? 1 : 0;
        }

        return new AssignmentResult(new ValueArray<int>(ImmutableCollectionsMarshal.AsImmutableArray(columnForRow)), assigned, total);
    }

    private static (int[] Starts, int[] Indices, double[] Values) Transpose(SparseScoreMatrix matrix)
    {
        var starts = new int[matrix.Columns + 1];
        var sourceIndices = matrix.ColumnIndices;
        foreach (var c in sourceIndices)
        {
            starts[c + 1]++;
        }

        for (var c = 0; c < matrix.Columns; c++)
        {
            starts[c + 1] += starts[c];
        }

        var next = starts.AsSpan(0, matrix.Columns).ToArray();
        var indices = new int[sourceIndices.Length];
        var values = new double[sourceIndices.Length];
        var sourceStarts = matrix.RowStarts;
        var sourceValues = matrix.Values;
        for (var r = 0; r < matrix.Rows; r++)
        {
            for (var k = sourceStarts[r]; k < sourceStarts[r + 1]; k++)
            {
                var at = next[sourceIndices[k]]++;
                indices[at] = r;
                values[at] = sourceValues[k];
            }
        }

        return (starts, indices, values);
    }

    private static void SolveDenseCore(ReadOnlySpan<double> values, int rows, int columns, AssignmentObjective objective, int[] columnForRow)
    {
        if (objective == AssignmentObjective.Minimize)
        {
            DenseShortestPath.Solve<AsCost>(values, rows, columns, columnForRow);
        }
        else
        {
            DenseShortestPath.Solve<NegatedScore>(values, rows, columns, columnForRow);
        }
    }

    private static void SolveSparseCore(int rows, int columns, int[] starts, int[] indices, double[] values, AssignmentObjective objective, int[] columnForRow)
    {
        var largest = 0.0;
        foreach (var v in values)
        {
            largest = Math.Max(largest, Math.Abs(v));
        }

        // The cost of leaving a row unassigned: more than any difference between the totals of two assignments that
        // assign the same number of rows, so one more assigned row always wins.
        var unassignedCost = (((2.0 * Math.Min(rows, columns)) + 2.0) * largest) + 1.0;
        if (!double.IsFinite(unassignedCost * 4 * (rows + 1)))
        {
            throw new ArgumentException("The values are too large in magnitude for exact totals.", nameof(values));
        }

        if (objective == AssignmentObjective.Minimize)
        {
            SparseShortestPath.Solve<AsCost>(rows, columns, starts, indices, values, unassignedCost, columnForRow);
        }
        else
        {
            SparseShortestPath.Solve<NegatedScore>(rows, columns, starts, indices, values, unassignedCost, columnForRow);
        }
    }
}
