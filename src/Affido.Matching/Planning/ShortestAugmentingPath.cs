using System.Diagnostics;

namespace Affido.Matching.Planning;

/// <summary>
/// Jonker and Volgenant's shortest augmenting path method, written once for dense and sparse costs
/// (<see cref="IAssignmentCosts"/>), on a problem with rows ≤ columns.
/// </summary>
/// <remarks>
/// <para>
/// R. Jonker, A. Volgenant, "A shortest augmenting path algorithm for dense and sparse linear assignment problems",
/// Computing 38, 1987 (LAPJV, and LAPJVsp for sparse costs). Three initialisation phases assign most rows cheaply,
/// then a Dijkstra search per remaining row finds the cheapest way to add it:
/// </para>
/// <list type="number">
/// <item><b>Column reduction</b> (square problems only): each column's potential is its smallest cost, and the column
/// goes to that row when the row has none yet. <b>Reduction transfer</b> then lowers the potential of the column of a
/// row that got exactly one, by the row's second-best reduced cost.</item>
/// <item><b>Augmenting row reduction</b>: a free row takes its best column, lowering that column's potential by the
/// gap to its second best so that both are tight; the row that held the column becomes free and is examined next.
/// Bounded by <see cref="AssignmentTuning.RowReductionChain"/> (one chain of rows pushing each other out) and
/// <see cref="AssignmentTuning.RowReductionStepsPerRow"/> (the whole phase).</item>
/// <item><b>Shortest augmenting paths</b> for the rows still free, as in Crouse's rectangular form (the method of
/// scipy's <c>linear_sum_assignment</c>).</item>
/// </list>
/// <para>
/// Every phase keeps the dual feasible: reduced costs non-negative, zero on assigned pairs. On a rectangular problem a
/// column that ends unassigned must keep potential 0 (the dual of "at most one row per column"); column reduction
/// would break that, so it runs on square problems only, while row reduction and the searches lower only the potentials
/// of columns that end assigned. Hence the result is optimal whatever the initialisation did.
/// </para>
/// <para>
/// <b>Rows that cannot all be assigned.</b> With a finite <c>unassignedCost</c>, each row also has a private
/// "unassigned" column of that cost (potential 0, reachable from that row only): a search may end there, leaving a
/// row unassigned. With +∞ there are no such columns and <see cref="Solve"/> returns false as soon as a search finds
/// no free column, which proves that no assignment of every row exists.
/// </para>
/// <para>
/// <b>Determinism.</b> Rows are taken in index order; ties between reduced costs go to the smaller column; ties between
/// a real and an "unassigned" column go to the real one. Nothing depends on the order of the pairs within a row.
/// </para>
/// </remarks>
internal static class ShortestAugmentingPath
{
    /// <summary>Solves the problem into <paramref name="state"/>, from its empty assignment.</summary>
    /// <param name="costs">The costs (rows ≤ columns).</param>
    /// <param name="values">The stored values the costs read.</param>
    /// <param name="state">The state, reset.</param>
    /// <param name="unassignedCost">The cost of leaving a row unassigned, or +∞ when every row must be assigned.</param>
    /// <param name="tuning">How much initialisation to run.</param>
    /// <returns>False when <paramref name="unassignedCost"/> is +∞ and no assignment of every row exists.</returns>
    public static bool Solve<TCosts>(ref TCosts costs, ReadOnlySpan<double> values, AssignmentState state, double unassignedCost, AssignmentTuning tuning)
        where TCosts : struct, IAssignmentCosts
    {
        int rows = costs.Rows;
        int pending;
        long started = Stopwatch.GetTimestamp();
        if (tuning.ColumnReduction && double.IsPositiveInfinity(unassignedCost) && rows == costs.Columns && rows > 0)
        {
            if (!ReduceColumns(ref costs, values, state, out pending))
            {
                return false;
            }
        }
        else
        {
            for (int i = 0; i < rows; i++)
            {
                state.Pending[i] = i;
            }

            pending = rows;
        }

        long budget = (long)tuning.RowReductionStepsPerRow * rows;
        for (int pass = 0; pass < tuning.RowReductionPasses && pending > 0 && budget > 0; pass++)
        {
            pending = ReduceRows(ref costs, values, state, pending, unassignedCost, tuning.RowReductionChain, ref budget);
        }

        state.Trace.Searches = pending;
        long initialised = Stopwatch.GetTimestamp();
        state.Trace.InitialisationTicks += initialised - started;
        bool complete = true;
        for (int k = 0; k < pending && complete; k++)
        {
            complete = Augment(ref costs, values, state, state.Pending[k], unassignedCost);
        }

        state.Trace.SearchTicks += Stopwatch.GetTimestamp() - initialised;
        return complete;
    }

    /// <summary>Column reduction and reduction transfer; the rows left free go to <see cref="AssignmentState.Pending"/>.</summary>
    /// <returns>False when a column has no pair (then no square assignment exists).</returns>
    private static bool ReduceColumns<TCosts>(ref TCosts costs, ReadOnlySpan<double> values, AssignmentState state, out int pending)
        where TCosts : struct, IAssignmentCosts
    {
        int n = costs.Rows;
        double[] v = state.Potential;
        state.EnsureSearchSpace(); // a square problem almost always needs searches; the list serves as scratch first
        int[] rowOfMinimum = state.SettledColumns;
        pending = 0;
        if (!costs.ColumnMinima(values, v, rowOfMinimum))
        {
            return false;
        }

        // Columns in reverse order, as Jonker and Volgenant do: a row that is the minimum of several columns keeps the
        // first one met and is marked, so that its reduction is not transferred.
        bool[] several = new bool[n];
        int assigned = 0;
        for (int j = n - 1; j >= 0; j--)
        {
            int i = rowOfMinimum[j];
            if (state.ColumnForRow[i] < 0)
            {
                state.Assign(i, j, v[j]);
                assigned++;
            }
            else
            {
                several[i] = true;
            }
        }

        for (int i = 0; i < n; i++)
        {
            int j = state.ColumnForRow[i];
            if (j < 0)
            {
                state.Pending[pending++] = i;
            }
            else if (!several[i])
            {
                // u(i) becomes the second-best reduced cost; v(j) drops by as much, so (i, j) stays tight.
                double second = costs.SmallestReducedExcept(values, i, j);
                if (double.IsFinite(second))
                {
                    v[j] -= second;
                }
            }
        }

        state.Trace.ColumnReduction = true;
        state.Trace.AssignedByColumnReduction = assigned;
        return true;
    }

    /// <summary>
    /// One pass of augmenting row reduction over the first <paramref name="pending"/> rows of
    /// <see cref="AssignmentState.Pending"/>; returns how many rows are left there for the next pass or the searches.
    /// </summary>
    private static int ReduceRows<TCosts>(ref TCosts costs, ReadOnlySpan<double> values, AssignmentState state, int pending, double unassignedCost, int longestChain, ref long budget)
        where TCosts : struct, IAssignmentCosts
    {
        int[] free = state.Pending;
        double[] v = state.Potential;
        int[] rowForColumn = state.RowForColumn;
        int[] columnForRow = state.ColumnForRow;
        double[] assignedCost = state.AssignedCost;
        int left = 0;
        int k = 0;
        long stepsLeft = budget;
        int chain = 0; // rows pushed out, one after the other, since a row was taken from the list
        while (k < pending)
        {
            if (stepsLeft-- == 0)
            {
                while (k < pending)
                {
                    free[left++] = free[k++];
                }

                break;
            }

            int i = free[k++];
            costs.TwoSmallest(values, i, out var first, out var second);

            // A row whose best is its "unassigned" column, or that has a single usable column already taken, is left to
            // the searches: taking the column would need the gap to a second candidate.
            if (first.Column < 0 || first.Reduced > unassignedCost
                || ((second.Column < 0 || second.Reduced > unassignedCost) && rowForColumn[first.Column] >= 0))
            {
                free[left++] = i;
                chain = 0;
                continue;
            }

            var taken = first;
            int displaced = rowForColumn[taken.Column];
            bool strict = false;
            if (second.Column >= 0 && second.Reduced <= unassignedCost)
            {
                strict = first.Reduced < second.Reduced;
                if (strict)
                {
                    // Both candidates tight for i: u(i) = second.Reduced.
                    v[taken.Column] -= second.Reduced - first.Reduced;
                }
                else if (displaced >= 0)
                {
                    taken = second;
                    displaced = rowForColumn[taken.Column];
                }
            }

            columnForRow[i] = taken.Column;
            rowForColumn[taken.Column] = i;
            assignedCost[i] = taken.Cost;
            if (displaced >= 0)
            {
                columnForRow[displaced] = -1;
                if (strict && ++chain < longestChain)
                {
                    free[--k] = displaced; // examined next, in this pass
                    continue;
                }

                free[left++] = displaced; // the next pass, or the searches
            }

            chain = 0;
        }

        long steps = budget - Math.Max(stepsLeft, 0);
        budget -= steps;
        state.Trace.RowReductionSteps += steps;
        return left;
    }

    /// <summary>Adds <paramref name="start"/> by the shortest augmenting path (or leaves a row on its "unassigned" column).</summary>
    /// <returns>False when <paramref name="unassignedCost"/> is +∞ and no free column can be reached.</returns>
    private static bool Augment<TCosts>(ref TCosts costs, ReadOnlySpan<double> values, AssignmentState state, int start, double unassignedCost)
        where TCosts : struct, IAssignmentCosts
    {
        double[] v = state.Potential;
        int[] rowForColumn = state.RowForColumn;
        int[] columnForRow = state.ColumnForRow;
        state.EnsureSearchSpace();
        int[] settledColumns = state.SettledColumns;
        double[] settledDistances = state.SettledDistances;
        double[] assignedCost = state.AssignedCost;
        costs.BeginSearch();
        int settled = 0;
        int row = start;
        double offset = 0;
        double bestUnassigned = unassignedCost;
        int bestUnassignedRow = start;
        int sink;
        double length;
        while (true)
        {
            costs.Scan(values, row, offset);
            if (!costs.TrySettleClosest(out int column, out double distance) || bestUnassigned < distance)
            {
                if (double.IsPositiveInfinity(bestUnassigned))
                {
                    return false;
                }

                sink = -1;
                length = bestUnassigned;
                break;
            }

            settledColumns[settled] = column;
            settledDistances[settled++] = distance;
            int next = rowForColumn[column];
            if (next < 0)
            {
                sink = column;
                length = distance;
                break;
            }

            // The row holding the settled column is reached at that distance; its implicit potential is the cost of
            // its pair minus the column's potential, so its reduced costs are offset by the difference.
            row = next;
            offset = distance - (assignedCost[row] - v[column]);
            double unassigned = offset + unassignedCost;
            if (unassigned < bestUnassigned)
            {
                bestUnassigned = unassigned;
                bestUnassignedRow = row;
            }
        }

        state.Trace.SettledColumns += settled;

        // Potentials: every settled column moves by its distance short of the path's length, which keeps reduced costs
        // non-negative and makes the new pairs tight. Unsettled columns (free ones among them) keep theirs.
        for (int k = 0; k < settled; k++)
        {
            v[settledColumns[k]] += settledDistances[k] - length;
        }

        if (sink < 0)
        {
            if (bestUnassignedRow == start)
            {
                return true;
            }

            // The path ends with that row giving up its column.
            sink = columnForRow[bestUnassignedRow];
            columnForRow[bestUnassignedRow] = -1;
        }

        int target = sink;
        while (true)
        {
            int r = costs.PathRow(target);
            int previous = columnForRow[r];
            columnForRow[r] = target;
            rowForColumn[target] = r;
            assignedCost[r] = costs.PathCost(values, target);
            if (r == start)
            {
                return true;
            }

            target = previous;
        }
    }
}
