namespace Affido.Matching.Planning;

/// <summary>
/// What the sparse solver actually solves for a <see cref="SparseScoreMatrix"/>: the rows and the columns without any
/// pair dropped (they stay unassigned whatever the values; memory then follows the pairs, not the declared sizes), and
/// the result turned so that rows ≤ columns.
/// </summary>
/// <remarks>
/// Dropping lines that have no pair changes no optimum and no tie-break (the relative order of the lines kept is the
/// same), and it lets a problem whose every non-empty line can be assigned use the square initialisation and skip the
/// "unassigned" columns. Arrays are shared with the matrix when nothing changes.
/// </remarks>
internal sealed class SparseProblem
{
    private SparseProblem(int rows, int columns, int[] starts, int[] indices, double[] values, int[]? rowIds, int[]? columnIds, bool transposed)
    {
        Rows = rows;
        Columns = columns;
        Starts = starts;
        Indices = indices;
        Values = values;
        RowIds = rowIds;
        ColumnIds = columnIds;
        Transposed = transposed;
    }

    /// <summary>The rows solved (at most <see cref="Columns"/>), each with at least one pair.</summary>
    public int Rows { get; }

    /// <summary>The columns solved.</summary>
    public int Columns { get; }

    /// <summary>CSR row offsets.</summary>
    public int[] Starts { get; }

    /// <summary>CSR column indices, in the solved numbering.</summary>
    public int[] Indices { get; }

    /// <summary>CSR values.</summary>
    public double[] Values { get; }

    /// <summary>For each solved row, the line of the matrix it stands for (null: the same number).</summary>
    public int[]? RowIds { get; }

    /// <summary>For each solved column, the line of the matrix it stands for (null: the same number).</summary>
    public int[]? ColumnIds { get; }

    /// <summary>Whether solved rows stand for the matrix's columns (and solved columns for its rows).</summary>
    public bool Transposed { get; }

    /// <summary>The problem for <paramref name="matrix"/>, which has at least one pair.</summary>
    /// <remarks>
    /// Every solved row and column has a pair, so the first attempt (an assignment of every solved row) succeeds exactly
    /// when the largest assignment has min(rows with a pair, columns with a pair) pairs.
    /// </remarks>
    public static SparseProblem For(SparseScoreMatrix matrix)
    {
        var problem = new SparseProblem(matrix.Rows, matrix.Columns, matrix.RowStartsArray, matrix.ColumnIndicesArray, matrix.ValuesArray, null, null, transposed: false)
            .WithoutEmptyRows()
            .WithoutUnusedColumns();
        return problem.Rows <= problem.Columns ? problem : problem.Transpose();
    }

    /// <summary>The matrix row and column of solved row <paramref name="row"/> assigned to solved column <paramref name="column"/>.</summary>
    public (int Row, int Column) Original(int row, int column)
    {
        int r = RowIds is null ? row : RowIds[row];
        int c = ColumnIds is null ? column : ColumnIds[column];
        return Transposed ? (c, r) : (r, c);
    }

    private SparseProblem WithoutEmptyRows()
    {
        int kept = 0;
        for (int r = 0; r < Rows; r++)
        {
            kept += Starts[r + 1] > Starts[r] ? 1 : 0;
        }

        if (kept == Rows)
        {
            return this;
        }

        // The pairs of a CSR matrix are stored row after row: dropping empty rows moves no pair.
        int[] starts = new int[kept + 1];
        int[] ids = new int[kept];
        int k = 0;
        for (int r = 0; r < Rows; r++)
        {
            if (Starts[r + 1] > Starts[r])
            {
                ids[k] = RowIds is null ? r : RowIds[r];
                starts[++k] = Starts[r + 1];
            }
        }

        starts[0] = Starts[0];
        return new SparseProblem(kept, Columns, starts, Indices, Values, ids, ColumnIds, Transposed);
    }

    private SparseProblem WithoutUnusedColumns()
    {
        // The columns used, in increasing order: a mark per column when there are no more columns than pairs, else the
        // pairs' columns sorted (memory follows the pairs, not the declared width).
        int[] ids;
        if (Columns <= Indices.Length)
        {
            bool[] used = new bool[Columns];
            int distinct = 0;
            foreach (int c in Indices)
            {
                distinct += used[c] ? 0 : 1;
                used[c] = true;
            }

            if (distinct == Columns)
            {
                return this;
            }

            ids = new int[distinct];
            for (int c = 0, k = 0; c < Columns; c++)
            {
                if (used[c])
                {
                    ids[k++] = c;
                }
            }
        }
        else
        {
            int[] sorted = (int[])Indices.Clone();
            Array.Sort(sorted);
            int distinct = 0;
            for (int k = 0; k < sorted.Length; k++)
            {
                if (k == 0 || sorted[k] != sorted[k - 1])
                {
                    sorted[distinct++] = sorted[k];
                }
            }

            ids = sorted.AsSpan(0, distinct).ToArray();
        }

        int[] indices = new int[Indices.Length];
        for (int k = 0; k < indices.Length; k++)
        {
            indices[k] = Array.BinarySearch(ids, Indices[k]);
        }

        if (ColumnIds is not null)
        {
            for (int c = 0; c < ids.Length; c++)
            {
                ids[c] = ColumnIds[ids[c]];
            }
        }

        return new SparseProblem(Rows, ids.Length, Starts, indices, Values, RowIds, ids, Transposed);
    }

    private SparseProblem Transpose()
    {
        int[] starts = new int[Columns + 1];
        for (int k = Starts[0]; k < Starts[Rows]; k++)
        {
            starts[Indices[k] + 1]++;
        }

        for (int c = 0; c < Columns; c++)
        {
            starts[c + 1] += starts[c];
        }

        int[] next = starts.AsSpan(0, Columns).ToArray();
        int count = Starts[Rows] - Starts[0];
        int[] indices = new int[count];
        double[] values = new double[count];
        for (int r = 0; r < Rows; r++)
        {
            for (int k = Starts[r]; k < Starts[r + 1]; k++)
            {
                int at = next[Indices[k]]++;
                indices[at] = r;
                values[at] = Values[k];
            }
        }

        return new SparseProblem(Columns, Rows, starts, indices, values, ColumnIds, RowIds, !Transposed);
    }
}
