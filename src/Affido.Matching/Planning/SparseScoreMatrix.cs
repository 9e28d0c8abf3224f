using System.Globalization;

namespace Affido.Matching.Planning;

/// <summary>
/// An immutable sparse matrix of the feasible pairs of an assignment problem, in compressed sparse row (CSR) form:
/// the entries of row <c>r</c> are at positions <c>RowStarts[r] .. RowStarts[r + 1] - 1</c> of
/// <see cref="ColumnIndices"/> and <see cref="Values"/>. A pair that is not stored is infeasible and is never
/// chosen by <see cref="LinearAssignment.SolveSparse"/>.
/// </summary>
/// <remarks>
/// The layout is scipy's <c>csr_matrix</c> (<c>indptr</c>, <c>indices</c>, <c>data</c>), except that an explicitly
/// stored zero is a feasible pair with value 0. Within a row the columns may come in any order but not twice.
/// The limits of <see cref="LinearAssignment"/> are checked when the matrix is built: at most
/// <see cref="LinearAssignment.MaxDimension"/> rows and columns (checked first, before anything is allocated), and every
/// value a finite number of magnitude at most <see cref="LinearAssignment.MaxMagnitude"/> (the exception names the row
/// and the column).
/// </remarks>
public sealed class SparseScoreMatrix
{
    private readonly int[] rowStarts;
    private readonly int[] columnIndices;
    private readonly double[] values;

    /// <summary>Creates a matrix from copies of CSR arrays.</summary>
    /// <param name="rows">The number of rows, 0 to <see cref="LinearAssignment.MaxDimension"/>.</param>
    /// <param name="columns">The number of columns, 0 to <see cref="LinearAssignment.MaxDimension"/>.</param>
    /// <param name="rowStarts"><paramref name="rows"/> + 1 offsets, starting at 0, non-decreasing, ending at the entry count.</param>
    /// <param name="columnIndices">The column of each entry, in [0, <paramref name="columns"/>), no column twice in a row.</param>
    /// <param name="values">The value of each entry, finite and of magnitude at most <see cref="LinearAssignment.MaxMagnitude"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rows"/> or <paramref name="columns"/> is negative or above <see cref="LinearAssignment.MaxDimension"/>.</exception>
    /// <exception cref="ArgumentException">The arrays are inconsistent, a column repeats in a row, or a value is NaN, infinite or of magnitude above <see cref="LinearAssignment.MaxMagnitude"/>.</exception>
    public SparseScoreMatrix(int rows, int columns, ReadOnlySpan<int> rowStarts, ReadOnlySpan<int> columnIndices, ReadOnlySpan<double> values)
        : this(CheckedRows(rows, columns), columns, rowStarts.ToArray(), columnIndices.ToArray(), values.ToArray(), validate: true)
    {
    }

    private SparseScoreMatrix(
        int rows, int columns, int[] rowStarts, int[] columnIndices, double[] values, bool validate, ArgumentNames? names = null)
    {
        LinearAssignment.CheckDimensions(rows, columns);
        Rows = rows;
        Columns = columns;
        this.rowStarts = rowStarts;
        this.columnIndices = columnIndices;
        this.values = values;
        if (validate)
        {
            Validate(names ?? ArgumentNames.Constructor);
        }
    }

    /// <summary>The number of rows.</summary>
    public int Rows { get; }

    /// <summary>The number of columns.</summary>
    public int Columns { get; }

    /// <summary>The number of stored (feasible) pairs.</summary>
    public int Count => values.Length;

    /// <summary>The <see cref="Rows"/> + 1 offsets of the rows into <see cref="ColumnIndices"/> and <see cref="Values"/>.</summary>
    public ReadOnlySpan<int> RowStarts => rowStarts;

    /// <summary>The column of each stored pair.</summary>
    public ReadOnlySpan<int> ColumnIndices => columnIndices;

    /// <summary>The value of each stored pair.</summary>
    public ReadOnlySpan<double> Values => values;

    internal int[] RowStartsArray => rowStarts;

    internal int[] ColumnIndicesArray => columnIndices;

    internal double[] ValuesArray => values;

    /// <summary>
    /// The feasible entries of a dense row-major matrix: entry (r, c) is kept when <paramref name="feasible"/>[r * columns + c]
    /// is true; an empty <paramref name="feasible"/> keeps every entry.
    /// </summary>
    /// <param name="values">The row-major values, <paramref name="rows"/> × <paramref name="columns"/> of them.</param>
    /// <param name="rows">The number of rows, 0 to <see cref="LinearAssignment.MaxDimension"/>.</param>
    /// <param name="columns">The number of columns, 0 to <see cref="LinearAssignment.MaxDimension"/>.</param>
    /// <param name="feasible">The row-major feasibility mask, empty or of the same length as <paramref name="values"/>.</param>
    /// <returns>The sparse matrix of the feasible pairs.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rows"/> or <paramref name="columns"/> is negative or above <see cref="LinearAssignment.MaxDimension"/>.</exception>
    /// <exception cref="ArgumentException">A length does not match, or a feasible value is NaN, infinite or of magnitude above <see cref="LinearAssignment.MaxMagnitude"/> (infeasible values are ignored).</exception>
    public static SparseScoreMatrix FromDense(ReadOnlySpan<double> values, int rows, int columns, ReadOnlySpan<bool> feasible)
    {
        LinearAssignment.CheckDimensions(rows, columns);
        LinearAssignment.CheckShape(values.Length, rows, columns, nameof(values));
        if (!feasible.IsEmpty && feasible.Length != values.Length)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The feasibility mask has {feasible.Length} entries; expected 0 or {values.Length}."),
                nameof(feasible));
        }

        int count = feasible.IsEmpty ? values.Length : CountTrue(feasible);
        int[] starts = new int[rows + 1];
        int[] indices = new int[count];
        double[] kept = new double[count];
        int k = 0;
        for (int r = 0; r < rows; r++)
        {
            var row = values.Slice(r * columns, columns);
            for (int c = 0; c < columns; c++)
            {
                if (feasible.IsEmpty || feasible[(r * columns) + c])
                {
                    LinearAssignment.CheckValue(row[c], r, c, nameof(values));
                    indices[k] = c;
                    kept[k] = row[c];
                    k++;
                }
            }

            starts[r + 1] = k;
        }

        return new SparseScoreMatrix(rows, columns, starts, indices, kept, validate: false);
    }

    /// <summary>Creates a builder that appends entries row by row.</summary>
    /// <param name="columns">The number of columns, 0 to <see cref="LinearAssignment.MaxDimension"/>.</param>
    /// <param name="capacity">The expected number of entries (a hint: at most 8,192 are reserved up front; more are added in blocks as entries come).</param>
    /// <returns>An empty builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="columns"/> is negative or above <see cref="LinearAssignment.MaxDimension"/>, or <paramref name="capacity"/> is negative.</exception>
    public static Builder CreateBuilder(int columns, int capacity = 16) => new(columns, capacity);

    /// <summary>The value stored for (<paramref name="row"/>, <paramref name="column"/>), or null when the pair is infeasible.</summary>
    /// <param name="row">A row index.</param>
    /// <param name="column">A column index.</param>
    /// <returns>The stored value, or null.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The row or the column is out of range.</exception>
    public double? Find(int row, int column)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(row);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(row, Rows);
        ArgumentOutOfRangeException.ThrowIfNegative(column);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(column, Columns);
        for (int k = rowStarts[row]; k < rowStarts[row + 1]; k++)
        {
            if (columnIndices[k] == column)
            {
                return values[k];
            }
        }

        return null;
    }

    /// <summary>The sizes are checked before the public constructor copies anything.</summary>
    private static int CheckedRows(int rows, int columns)
    {
        LinearAssignment.CheckDimensions(rows, columns);
        return rows;
    }

    private static int CountTrue(ReadOnlySpan<bool> mask)
    {
        int count = 0;
        foreach (bool b in mask)
        {
            count += b ? 1 : 0;
        }

        return count;
    }

    /// <summary>Checks the arrays, reporting each fault as the argument <paramref name="names"/> gives for it.</summary>
    private void Validate(ArgumentNames names)
    {
        if (rowStarts.Length != Rows + 1)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"RowStarts has {rowStarts.Length} entries; expected rows + 1 = {Rows + 1}."),
                names.RowStarts);
        }

        if (columnIndices.Length != values.Length)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"ColumnIndices has {columnIndices.Length} entries but Values has {values.Length}."),
                names.ColumnIndices);
        }

        if (rowStarts[0] != 0 || rowStarts[Rows] != values.Length)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"RowStarts must start at 0 and end at the entry count {values.Length}."),
                names.RowStarts);
        }

        // Every offset first, so that no row is walked with offsets outside the arrays.
        for (int r = 0; r < Rows; r++)
        {
            if (rowStarts[r + 1] < rowStarts[r])
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"RowStarts decreases at row {r}."),
                    names.RowStarts);
            }
        }

        // Repeated columns: a mark per column when the columns are not many more than the pairs, else each row's
        // columns sorted (memory follows the pairs, not the declared width).
        int[]? lastSeenInRow = (long)Columns <= (2L * values.Length) + 1024 ? new int[Columns] : null;
        if (lastSeenInRow is not null)
        {
            Array.Fill(lastSeenInRow, -1);
        }

        var sorted = new List<int>();
        for (int r = 0; r < Rows; r++)
        {
            if (sorted.Count > 0)
            {
                sorted.Clear();
            }

            for (int k = rowStarts[r]; k < rowStarts[r + 1]; k++)
            {
                int c = columnIndices[k];
                if ((uint)c >= (uint)Columns)
                {
                    throw new ArgumentException(
                        string.Create(CultureInfo.InvariantCulture, $"Row {r} names column {c}, outside [0, {Columns})."),
                        names.ColumnIndices);
                }

                if (lastSeenInRow is null)
                {
                    sorted.Add(c);
                }
                else if (lastSeenInRow[c] == r)
                {
                    throw RepeatedColumn(r, c, names.ColumnIndices);
                }
                else
                {
                    lastSeenInRow[c] = r;
                }

                LinearAssignment.CheckValue(values[k], r, c, names.Values);
            }

            if (sorted.Count > 1)
            {
                sorted.Sort();
                for (int k = 1; k < sorted.Count; k++)
                {
                    if (sorted[k] == sorted[k - 1])
                    {
                        throw RepeatedColumn(r, sorted[k], names.ColumnIndices);
                    }
                }
            }
        }
    }

    /// <summary>
    /// The arguments a fault of the arrays is reported as: the constructor's, or <see cref="Builder.Add"/>'s when a
    /// builder made them.
    /// </summary>
    private sealed record ArgumentNames(string RowStarts, string ColumnIndices, string Values)
    {
        public static ArgumentNames Constructor { get; } = new("rowStarts", "columnIndices", "values");

        public static ArgumentNames Builder { get; } = new("rowStarts", "column", "value");
    }

    private static ArgumentException RepeatedColumn(int row, int column, string parameterName) =>
        new(string.Create(CultureInfo.InvariantCulture, $"Row {row} names column {column} twice."), parameterName);

    /// <summary>Appends the entries of a <see cref="SparseScoreMatrix"/> row by row, without copying them twice.</summary>
    /// <remarks>
    /// The entries go into blocks of at most 8,192 that are never moved or grown (a block is never larger than the
    /// small-object heap's limit); <see cref="Build"/> copies them once into arrays of the exact size. Memory: about
    /// 24 bytes per entry while building (12 in the blocks, 12 in the matrix), and the blocks are garbage afterwards.
    /// </remarks>
    public sealed class Builder
    {
        /// <summary>The largest block, in entries: 8,192 (64 KB of values).</summary>
        private const int BlockSize = 1 << 13;

        /// <summary>The largest number of entries a matrix holds.</summary>
        private const int MaxEntries = int.MaxValue - BlockSize;

        private readonly List<int> starts = [0];
        private readonly List<int[]> indexBlocks = [];
        private readonly List<double[]> valueBlocks = [];
        private int[] indices;
        private double[] entries;
        private int used;
        private int count;

        internal Builder(int columns, int capacity)
        {
            LinearAssignment.CheckDimension(columns, "columns", nameof(columns));
            ArgumentOutOfRangeException.ThrowIfNegative(capacity);
            Columns = columns;
            indices = new int[Math.Clamp(capacity, 4, BlockSize)];
            entries = new double[indices.Length];
        }

        /// <summary>The number of columns of the matrix being built.</summary>
        public int Columns { get; }

        /// <summary>The number of rows completed so far.</summary>
        public int Rows => starts.Count - 1;

        /// <summary>Adds the feasible pair (current row, <paramref name="column"/>) with <paramref name="value"/>.</summary>
        /// <param name="column">The column, in [0, <see cref="Columns"/>), not yet added to the current row (a repeat is reported by <see cref="Build"/>).</param>
        /// <param name="value">The value: finite, of magnitude at most <see cref="LinearAssignment.MaxMagnitude"/>.</param>
        /// <returns>This builder.</returns>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="column"/> is negative or not below <see cref="Columns"/>.</exception>
        /// <exception cref="ArgumentException"><paramref name="value"/> is NaN, infinite or of magnitude above <see cref="LinearAssignment.MaxMagnitude"/>.</exception>
        /// <exception cref="InvalidOperationException">The builder already holds the largest possible number of entries (2,147,475,455).</exception>
        public Builder Add(int column, double value)
        {
            if ((uint)column >= (uint)Columns)
            {
                throw new ArgumentOutOfRangeException(
                    nameof(column), column, string.Create(CultureInfo.InvariantCulture, $"Column {column} is outside [0, {Columns}) (row {Rows})."));
            }

            LinearAssignment.CheckValue(value, Rows, column, nameof(value));
            if (used == indices.Length)
            {
                NextBlock();
            }

            indices[used] = column;
            entries[used] = value;
            used++;
            count++;
            return this;
        }

        /// <summary>Ends the current row (a row with no entry is a row with no feasible pair).</summary>
        /// <returns>This builder.</returns>
        /// <exception cref="InvalidOperationException">The builder already has <see cref="LinearAssignment.MaxDimension"/> rows.</exception>
        public Builder EndRow()
        {
            if (Rows == LinearAssignment.MaxDimension)
            {
                throw new InvalidOperationException(
                    string.Create(CultureInfo.InvariantCulture, $"A matrix has at most {LinearAssignment.MaxDimension} rows (LinearAssignment.MaxDimension)."));
            }

            starts.Add(count);
            return this;
        }

        /// <summary>The matrix of the completed rows; entries added after the last <see cref="EndRow"/> are dropped.</summary>
        /// <returns>The validated matrix.</returns>
        /// <exception cref="ArgumentException">A column was added twice to one row: the message names the row and the column, and <see cref="ArgumentException.ParamName"/> is <c>column</c>, the argument of <see cref="Add"/>.</exception>
        public SparseScoreMatrix Build()
        {
            int total = starts[^1];
            int[] allIndices = new int[total];
            double[] allValues = new double[total];
            int at = 0;
            for (int b = 0; b <= indexBlocks.Count && at < total; b++)
            {
                var (blockIndices, blockValues) = b < indexBlocks.Count ? (indexBlocks[b], valueBlocks[b]) : (indices, entries);
                int length = Math.Min(blockIndices.Length, total - at);
                blockIndices.AsSpan(0, length).CopyTo(allIndices.AsSpan(at));
                blockValues.AsSpan(0, length).CopyTo(allValues.AsSpan(at));
                at += length;
            }

            // Add has checked every column and value; the validation finds repeated columns, named as Add's argument.
            return new SparseScoreMatrix(Rows, Columns, [.. starts], allIndices, allValues, validate: true, ArgumentNames.Builder);
        }

        /// <summary>Files the full block and starts the next one, twice as large up to <see cref="BlockSize"/>.</summary>
        private void NextBlock()
        {
            if (count >= MaxEntries)
            {
                throw new InvalidOperationException(
                    string.Create(CultureInfo.InvariantCulture, $"A matrix holds at most {MaxEntries} entries."));
            }

            indexBlocks.Add(indices);
            valueBlocks.Add(entries);
            int size = Math.Min(indices.Length * 2, BlockSize);
            indices = new int[size];
            entries = new double[size];
            used = 0;
        }
    }
}
