namespace Affido.Matching.Planning;

/// <summary>
/// The working state of one <see cref="ShortestAugmentingPath"/> run: the partial assignment, the column potentials,
/// and the lists the phases share. Allocated once per solve, reset for a second attempt; the lists only the searches
/// use are allocated by the first search (most rectangular problems need none).
/// </summary>
internal sealed class AssignmentState
{
    public AssignmentState(int rows, int columns)
    {
        ColumnForRow = new int[rows];
        RowForColumn = new int[columns];
        Potential = new double[columns];
        AssignedCost = new double[rows];
        Pending = new int[rows];
        Columns = columns;
        Reset();
    }

    /// <summary>The column of each row, or -1.</summary>
    public int[] ColumnForRow { get; }

    /// <summary>The row of each column, or -1.</summary>
    public int[] RowForColumn { get; }

    /// <summary>
    /// The column potentials v. Reduced costs c(i, j) - v(j) - u(i) stay non-negative and are zero on assigned pairs,
    /// where the row potential u(i) is implicit: the cost of its assigned pair minus the potential of its column.
    /// </summary>
    public double[] Potential { get; }

    /// <summary>The cost of each assigned row's pair (what makes its potential implicit).</summary>
    public double[] AssignedCost { get; }

    /// <summary>Rows still to be assigned, in the order the phases take them.</summary>
    public int[] Pending { get; }

    /// <summary>The number of columns.</summary>
    public int Columns { get; }

    /// <summary>The columns settled by the current search, in order (see <see cref="EnsureSearchSpace"/>).</summary>
    public int[] SettledColumns { get; private set; } = [];

    /// <summary>Their distances when settled (see <see cref="EnsureSearchSpace"/>).</summary>
    public double[] SettledDistances { get; private set; } = [];

    /// <summary>What the phases did (for tests, benchmarks and the docs).</summary>
    public AssignmentTrace Trace;

    /// <summary>Allocates <see cref="SettledColumns"/> and <see cref="SettledDistances"/> if no search has yet.</summary>
    public void EnsureSearchSpace()
    {
        if (SettledColumns.Length < Columns)
        {
            SettledColumns = new int[Columns];
            SettledDistances = new double[Columns];
        }
    }

    /// <summary>Back to the empty assignment with zero potentials.</summary>
    public void Reset()
    {
        Array.Fill(ColumnForRow, -1);
        Array.Fill(RowForColumn, -1);
        Array.Clear(Potential);
        Trace = default;
    }

    /// <summary>Assigns <paramref name="row"/> to the free-or-taken <paramref name="column"/> (the caller frees the column's former row).</summary>
    public void Assign(int row, int column, double cost)
    {
        ColumnForRow[row] = column;
        RowForColumn[column] = row;
        AssignedCost[row] = cost;
    }
}
