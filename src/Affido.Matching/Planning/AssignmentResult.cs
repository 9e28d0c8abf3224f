using Affido.Domain;

namespace Affido.Matching.Planning;

/// <summary>The optimal assignment found by <see cref="LinearAssignment"/>.</summary>
/// <param name="ColumnForRow">
/// For each row, the column assigned to it, or <see cref="Unassigned"/> (-1) when the row stays unassigned.
/// No column appears twice.
/// </param>
/// <param name="AssignedCount">How many rows are assigned.</param>
/// <param name="Total">
/// The sum of the original entries of the assigned pairs, added in row order (in the caller's units: scores when
/// maximising, costs when minimising).
/// </param>
public sealed record AssignmentResult(ValueArray<int> ColumnForRow, int AssignedCount, double Total)
{
    /// <summary>The value of <see cref="ColumnForRow"/> for a row that stays unassigned.</summary>
    public const int Unassigned = -1;

    /// <summary>The number of rows of the problem.</summary>
    public int Rows => ColumnForRow.Count;

    /// <summary>The column assigned to <paramref name="row"/>, or <see cref="Unassigned"/>.</summary>
    /// <param name="row">A row index.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="row"/> is not a row of the problem.</exception>
    public int ColumnOf(int row)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(row);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(row, Rows);
        return ColumnForRow[row];
    }

    /// <summary>The assigned pairs (row, column) in row order.</summary>
    public IEnumerable<(int Row, int Column)> Pairs()
    {
        for (int row = 0; row < ColumnForRow.Count; row++)
        {
            int column = ColumnForRow[row];
            if (column != Unassigned)
            {
                yield return (row, column);
            }
        }
    }
}
