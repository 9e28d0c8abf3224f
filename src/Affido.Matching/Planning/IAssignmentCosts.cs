namespace Affido.Matching.Planning;

/// <summary>
/// What <see cref="ShortestAugmentingPath"/> needs from a cost matrix: the few loops that walk a row or a column,
/// written once for the dense layout (<see cref="DenseCosts{TCost}"/>) and once for the sparse one
/// (<see cref="SparseCosts{TCost}"/>). Everything else (the initialisation, the search, the potentials, the
/// augmentation) is written once, in <see cref="ShortestAugmentingPath"/>.
/// </summary>
/// <remarks>
/// Costs are already transformed (<see cref="ICostOf"/>). The reduced cost of a pair is its cost minus the potential of
/// its column; the row potential is implicit (the reduced cost of a row's assigned pair is 0). Implementations are
/// structs, so each loop is specialised by the JIT. Every method takes the stored values as a span, because the dense
/// solver reads the caller's span without copying it.
/// </remarks>
internal interface IAssignmentCosts
{
    /// <summary>The number of rows (at most <see cref="Columns"/>).</summary>
    int Rows { get; }

    /// <summary>The number of columns.</summary>
    int Columns { get; }

    /// <summary>
    /// For each column the smallest cost and the first row reaching it (column reduction of a square problem).
    /// </summary>
    /// <returns>False when some column has no feasible pair at all.</returns>
    bool ColumnMinima(ReadOnlySpan<double> values, double[] minimum, int[] rowOfMinimum);

    /// <summary>The smallest reduced cost of <paramref name="row"/> over its columns other than <paramref name="except"/>, or +∞.</summary>
    double SmallestReducedExcept(ReadOnlySpan<double> values, int row, int except);

    /// <summary>
    /// The two smallest reduced costs of <paramref name="row"/>, ordered by (reduced cost, column); a missing candidate
    /// has column -1 and reduced cost +∞.
    /// </summary>
    void TwoSmallest(ReadOnlySpan<double> values, int row, out ReducedCost first, out ReducedCost second);

    /// <summary>Starts a shortest-path search: every column unreached and unsettled.</summary>
    void BeginSearch();

    /// <summary>
    /// Relaxes the unsettled columns of <paramref name="row"/>: a column's distance becomes
    /// <paramref name="offset"/> + reduced cost when that is shorter, with <paramref name="row"/> as its predecessor.
    /// </summary>
    void Scan(ReadOnlySpan<double> values, int row, double offset);

    /// <summary>
    /// Settles the closest reached column not settled yet (ties: the smaller column), or returns false when every
    /// reached column is settled.
    /// </summary>
    bool TrySettleClosest(out int column, out double distance);

    /// <summary>The row through which <paramref name="column"/> was last reached.</summary>
    int PathRow(int column);

    /// <summary>The cost of the pair (<see cref="PathRow"/>, <paramref name="column"/>).</summary>
    double PathCost(ReadOnlySpan<double> values, int column);
}
