using System.Globalization;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Affido.Domain;

namespace Affido.Matching.Planning;

/// <summary>
/// Exact rectangular linear-sum-assignment: each row gets at most one column, each column at most one row, and the
/// total of the chosen entries is the largest (or smallest) possible.
/// </summary>
/// <remarks>
/// <para>
/// The method is the shortest augmenting path algorithm of R. Jonker and A. Volgenant ("A shortest augmenting path
/// algorithm for dense and sparse linear assignment problems", Computing 38, 1987), with its initialisation: column
/// reduction and reduction transfer on square problems, then augmenting row reduction, then one Dijkstra search over
/// reduced costs (kept non-negative by row and column potentials) for each row still free, switching the assignment
/// along the path found. The searches follow D. F. Crouse's rectangular form ("On implementing 2D rectangular
/// assignment algorithms", IEEE Trans. Aerospace and Electronic Systems 52(4), 2016), the method behind scipy's
/// <c>linear_sum_assignment</c>. The dense solver scans whole rows of a flat row-major matrix (four columns at a time
/// where the hardware allows); the sparse solver walks only the stored pairs of each row, with a binary heap, as the
/// sparse variant LAPJVsp does (the method behind scipy's <c>min_weight_full_bipartite_matching</c>). One
/// implementation serves both: only the loops over a row differ.
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
/// </para>
/// <para>
/// The sparse solver drops the rows and columns that have no pair, then first looks for an assignment of every
/// remaining row (of every remaining column, when those are fewer), which needs no special handling. If a search finds
/// that none exists, it starts again with a private "unassigned" column per row whose cost exceeds any difference in
/// total, which is exactly the lexicographic order above; such an instance costs up to two solves.
/// </para>
/// <para>
/// <b>Determinism.</b> The result depends only on the input: rows are taken in index order, and among equally good
/// columns the one with the smaller index is taken; the order of the pairs within a row of a sparse matrix does not
/// matter. With ties (two optimal assignments), reordering rows or columns may select the other optimum, with the
/// same total.
/// </para>
/// <para>
/// <b>Limits.</b> Both solvers check the same things: at most <see cref="MaxDimension"/> rows and as many columns
/// (an <see cref="ArgumentOutOfRangeException"/> naming the size), and every feasible value a finite number of
/// magnitude at most <see cref="MaxMagnitude"/> (an <see cref="ArgumentException"/> naming the row and the column;
/// infeasible pairs are left out, never given an infinite cost). Within these limits no total or potential
/// overflows. Totals are exact up to floating-point rounding in the potentials (relative error about 1e-13 for
/// scores in [0, 1]).
/// </para>
/// <para>
/// Time: O(r² c) at worst for a dense r × c problem with r ≤ c (far less in practice after the initialisation), and
/// O(r · e log e) at worst for a sparse one with e stored pairs. Memory: O(r + c) besides the input (plus a transposed
/// copy when rows outnumber columns). The inner loops allocate nothing. Calls are thread-safe.
/// </para>
/// </remarks>
public static class LinearAssignment
{
    /// <summary>The largest number of rows, and the largest number of columns, of a problem: 16,777,216 (2^24).</summary>
    public const int MaxDimension = 1 << 24;

    /// <summary>The largest magnitude of a value: 1e200, so that no total or potential can overflow.</summary>
    public const double MaxMagnitude = 1e200;

    /// <summary>Solves a dense problem on a row-major matrix in which every pair is feasible.</summary>
    /// <param name="values">The entries, row-major: entry (r, c) is <c>values[r * columns + c]</c>.</param>
    /// <param name="rows">The number of rows, 0 to <see cref="MaxDimension"/>.</param>
    /// <param name="columns">The number of columns, 0 to <see cref="MaxDimension"/>.</param>
    /// <param name="objective">Whether to maximise (scores) or minimise (costs) the total.</param>
    /// <returns>min(rows, columns) assigned rows with the optimal total.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rows"/> or <paramref name="columns"/> is negative or above <see cref="MaxDimension"/>, or <paramref name="objective"/> is undefined.</exception>
    /// <exception cref="ArgumentException">The length is not rows × columns, or an entry is NaN, infinite or of magnitude above <see cref="MaxMagnitude"/> (the message names its row and column).</exception>
    public static AssignmentResult SolveDense(ReadOnlySpan<double> values, int rows, int columns, AssignmentObjective objective) =>
        SolveDenseTuned(values, rows, columns, objective, AssignmentTuning.Dense, out _);

    /// <summary>Solves a dense problem on a rectangular array in which every pair is feasible.</summary>
    /// <param name="values">The entries, <c>values[r, c]</c>.</param>
    /// <param name="objective">Whether to maximise (scores) or minimise (costs) the total.</param>
    /// <returns>min(rows, columns) assigned rows with the optimal total.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A dimension is above <see cref="MaxDimension"/>, or <paramref name="objective"/> is undefined.</exception>
    /// <exception cref="ArgumentException">An entry is NaN, infinite or of magnitude above <see cref="MaxMagnitude"/> (the message names its row and column).</exception>
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
    /// <param name="rows">The number of rows, 0 to <see cref="MaxDimension"/>.</param>
    /// <param name="columns">The number of columns, 0 to <see cref="MaxDimension"/>.</param>
    /// <param name="objective">Whether to maximise (scores) or minimise (costs) the total.</param>
    /// <param name="feasible">Row-major, true for the pairs that may be chosen; empty means every pair.</param>
    /// <returns>The most rows that can be assigned, with the optimal total among such assignments.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rows"/> or <paramref name="columns"/> is negative or above <see cref="MaxDimension"/>, or <paramref name="objective"/> is undefined.</exception>
    /// <exception cref="ArgumentException">A length does not match, or a feasible entry is NaN, infinite or of magnitude above <see cref="MaxMagnitude"/> (the message names its row and column).</exception>
    public static AssignmentResult SolveDense(ReadOnlySpan<double> values, int rows, int columns, AssignmentObjective objective, ReadOnlySpan<bool> feasible) =>
        feasible.IsEmpty
            ? SolveDense(values, rows, columns, objective)
            : SolveSparse(SparseScoreMatrix.FromDense(values, rows, columns, feasible), objective);

    /// <summary>
    /// Solves a sparse problem: only the stored pairs are feasible. Assigns as many rows as possible and, among
    /// those assignments, finds the optimal total; the other rows are reported as unassigned.
    /// </summary>
    /// <param name="matrix">The feasible pairs and their values (checked against the limits when it was built).</param>
    /// <param name="objective">Whether to maximise (scores) or minimise (costs) the total.</param>
    /// <returns>The optimal assignment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="matrix"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="objective"/> is undefined.</exception>
    public static AssignmentResult SolveSparse(SparseScoreMatrix matrix, AssignmentObjective objective) =>
        SolveSparseTuned(matrix, objective, AssignmentTuning.Sparse, out _);

    /// <summary><see cref="SolveDense(ReadOnlySpan{double}, int, int, AssignmentObjective)"/> with a given initialisation, reporting what the phases did.</summary>
    internal static AssignmentResult SolveDenseTuned(ReadOnlySpan<double> values, int rows, int columns, AssignmentObjective objective, AssignmentTuning tuning, out AssignmentTrace trace)
    {
        CheckDimensions(rows, columns);
        CheckShape(values.Length, rows, columns, nameof(values));
        CheckObjective(objective);
        CheckValues(values, columns, nameof(values));
        trace = default;
        int[] columnForRow = new int[rows];
        Array.Fill(columnForRow, AssignmentResult.Unassigned);
        if (rows == 0 || columns == 0)
        {
            return Result(columnForRow, 0);
        }

        bool transposed = rows > columns;
        var solved = transposed ? Transpose(values, rows, columns) : values;
        int solverRows = Math.Min(rows, columns), solverColumns = Math.Max(rows, columns);
        var state = new AssignmentState(solverRows, solverColumns);
        if (objective == AssignmentObjective.Minimize)
        {
            var costs = new DenseCosts<AsCost>(solverRows, solverColumns, state.Potential);
            ShortestAugmentingPath.Solve(ref costs, solved, state, double.PositiveInfinity, tuning);
        }
        else
        {
            var costs = new DenseCosts<NegatedScore>(solverRows, solverColumns, state.Potential);
            ShortestAugmentingPath.Solve(ref costs, solved, state, double.PositiveInfinity, tuning);
        }

        trace = state.Trace;
        double[] costOfRow = new double[rows];
        for (int i = 0; i < solverRows; i++)
        {
            int j = state.ColumnForRow[i];
            var (row, column) = transposed ? (j, i) : (i, j);
            columnForRow[row] = column;
            costOfRow[row] = state.AssignedCost[i];
        }

        return Result(columnForRow, Total(columnForRow, costOfRow, objective));
    }

    /// <summary><see cref="SolveSparse(SparseScoreMatrix, AssignmentObjective)"/> with a given initialisation, reporting what the phases did.</summary>
    internal static AssignmentResult SolveSparseTuned(SparseScoreMatrix matrix, AssignmentObjective objective, AssignmentTuning tuning, out AssignmentTrace trace)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        CheckObjective(objective);
        trace = default;
        int[] columnForRow = new int[matrix.Rows];
        Array.Fill(columnForRow, AssignmentResult.Unassigned);
        if (matrix.Count == 0)
        {
            return Result(columnForRow, 0);
        }

        var problem = SparseProblem.For(matrix);
        var state = new AssignmentState(problem.Rows, problem.Columns);
        if (objective == AssignmentObjective.Minimize)
        {
            var costs = new SparseCosts<AsCost>(problem.Rows, problem.Columns, problem.Starts, problem.Indices, state.Potential, state.RowForColumn);
            SolveFirstFull(ref costs, problem.Values, state, tuning);
        }
        else
        {
            var costs = new SparseCosts<NegatedScore>(problem.Rows, problem.Columns, problem.Starts, problem.Indices, state.Potential, state.RowForColumn);
            SolveFirstFull(ref costs, problem.Values, state, tuning);
        }

        trace = state.Trace;
        double[] costOfRow = new double[matrix.Rows];
        for (int i = 0; i < problem.Rows; i++)
        {
            if (state.ColumnForRow[i] >= 0)
            {
                var (row, column) = problem.Original(i, state.ColumnForRow[i]);
                columnForRow[row] = column;
                costOfRow[row] = state.AssignedCost[i];
            }
        }

        return Result(columnForRow, Total(columnForRow, costOfRow, objective));
    }

    internal static void CheckDimensions(int rows, int columns)
    {
        CheckDimension(rows, "rows", nameof(rows));
        CheckDimension(columns, "columns", nameof(columns));
    }

    internal static void CheckDimension(int count, string what, string parameterName)
    {
        if ((uint)count > MaxDimension)
        {
            throw new ArgumentOutOfRangeException(
                parameterName,
                count,
                string.Create(CultureInfo.InvariantCulture, $"The number of {what} is {count}; it must be between 0 and {MaxDimension} (LinearAssignment.MaxDimension)."));
        }
    }

    internal static void CheckShape(int length, int rows, int columns, string parameterName)
    {
        if ((long)rows * columns != length)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The matrix has {length} entries; expected rows × columns = {rows} × {columns}."),
                parameterName);
        }
    }

    /// <summary>Throws unless <paramref name="value"/> is finite and of magnitude at most <see cref="MaxMagnitude"/>.</summary>
    internal static void CheckValue(double value, int row, int column, string parameterName)
    {
        if (!(Math.Abs(value) <= MaxMagnitude))
        {
            string shown = double.IsNaN(value) ? "NaN"
                : double.IsPositiveInfinity(value) ? "+infinity"
                : double.IsNegativeInfinity(value) ? "-infinity"
                : value.ToString("R", CultureInfo.InvariantCulture);
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The entry at row {row}, column {column} is {shown}; every entry must be a finite number of magnitude at most {MaxMagnitude:R} (LinearAssignment.MaxMagnitude); leave infeasible pairs out instead."),
                parameterName);
        }
    }

    /// <summary><see cref="CheckValue"/> on every entry of a row-major matrix, four at a time.</summary>
    private static void CheckValues(ReadOnlySpan<double> values, int columns, string parameterName)
    {
        int k = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var limit = Vector256.Create(MaxMagnitude);
            ref double start = ref MemoryMarshal.GetReference(values);
            for (; k <= values.Length - Vector256<double>.Count; k += Vector256<double>.Count)
            {
                // NaN fails the comparison too.
                if (!Vector256.LessThanOrEqualAll(Vector256.Abs(Vector256.LoadUnsafe(ref start, (nuint)k)), limit))
                {
                    break;
                }
            }
        }

        for (; k < values.Length; k++)
        {
            CheckValue(values[k], k / columns, k % columns, parameterName);
        }
    }

    private static void CheckObjective(AssignmentObjective objective)
    {
        if (objective is not (AssignmentObjective.Maximize or AssignmentObjective.Minimize))
        {
            throw new ArgumentOutOfRangeException(nameof(objective), objective, "Unknown objective.");
        }
    }

    /// <summary>
    /// First an assignment of every row without "unassigned" columns; when a search proves there is none, again from
    /// scratch with them.
    /// </summary>
    private static void SolveFirstFull<TCosts>(ref TCosts costs, double[] values, AssignmentState state, AssignmentTuning tuning)
        where TCosts : struct, IAssignmentCosts
    {
        if (ShortestAugmentingPath.Solve(ref costs, values, state, double.PositiveInfinity, tuning))
        {
            return;
        }

        state.Reset();
        state.Trace.FellBack = true;
        ShortestAugmentingPath.Solve(ref costs, values, state, UnassignedCost(values, costs.Rows), tuning);
    }

    /// <summary>
    /// The cost of leaving a row unassigned: more than any difference between the totals of two assignments that
    /// assign the same number of rows, so one more assigned row always wins. Finite within <see cref="MaxMagnitude"/>.
    /// </summary>
    private static double UnassignedCost(double[] values, int rows)
    {
        double largest = 0;
        foreach (double v in values)
        {
            largest = Math.Max(largest, Math.Abs(v));
        }

        return (((2.0 * rows) + 2.0) * largest) + 1.0;
    }

    /// <summary>The total in the caller's units, added in row order: the cost of a pair is its value or its negation, both exact.</summary>
    private static double Total(int[] columnForRow, double[] costOfRow, AssignmentObjective objective)
    {
        double sign = objective == AssignmentObjective.Maximize ? -1.0 : 1.0;
        double total = 0;
        for (int r = 0; r < columnForRow.Length; r++)
        {
            if (columnForRow[r] >= 0)
            {
                total += sign * costOfRow[r];
            }
        }

        return total;
    }

    private static AssignmentResult Result(int[] columnForRow, double total)
    {
        int assigned = 0;
        foreach (int column in columnForRow)
        {
            assigned += column >= 0 ? 1 : 0;
        }

        return new AssignmentResult(new ValueArray<int>(ImmutableCollectionsMarshal.AsImmutableArray(columnForRow)), assigned, total);
    }

    private static double[] Transpose(ReadOnlySpan<double> values, int rows, int columns)
    {
        double[] transposed = new double[values.Length];
        for (int r = 0; r < rows; r++)
        {
            var row = values.Slice(r * columns, columns);
            for (int c = 0; c < row.Length; c++)
            {
                transposed[(c * rows) + r] = row[c];
            }
        }

        return transposed;
    }
}
