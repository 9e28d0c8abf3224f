namespace Affido.Matching.Planning;

/// <summary>
/// How much initialisation <see cref="ShortestAugmentingPath"/> runs before its searches. The result does not depend
/// on it (every phase keeps the potentials feasible, so the searches finish an optimal assignment from wherever the
/// initialisation stops); only the time does. Tests and benchmarks vary it; <see cref="LinearAssignment"/> uses
/// <see cref="Dense"/> or <see cref="Sparse"/>, chosen by timing random square instances of issue 16's grid with
/// several bounds (see docs/planning.md).
/// </summary>
/// <param name="ColumnReduction">Whether a square problem starts with column reduction and reduction transfer.</param>
/// <param name="RowReductionPasses">Passes of augmenting row reduction over the rows still free (Jonker and Volgenant use two).</param>
/// <param name="RowReductionStepsPerRow">
/// A bound on the row-reduction steps, per row of the problem: a step can push another row out, and with real-valued
/// costs the exchanges can go on for long with tiny gains; past the bound the rows left go to the searches.
/// </param>
/// <param name="RowReductionChain">
/// The longest chain of row reduction (a row pushes another out of its column, which pushes a third...): past it the
/// row pushed out waits for the next pass or the searches, which find long augmenting paths faster.
/// </param>
internal readonly record struct AssignmentTuning(bool ColumnReduction, int RowReductionPasses, int RowReductionStepsPerRow, int RowReductionChain)
{
    /// <summary>
    /// For dense costs: column reduction on square problems, two passes of row reduction, at most 8 steps per row and
    /// chains of at most 100. A row-reduction step scans a whole row, as much as settling one column in a search does.
    /// </summary>
    public static AssignmentTuning Dense { get; } = new(ColumnReduction: true, RowReductionPasses: 2, RowReductionStepsPerRow: 8, RowReductionChain: 100);

    /// <summary>
    /// For sparse costs: the same phases with longer chains (500) and up to 32 steps per row, since a step there is far
    /// cheaper than settling a column in a search (which pushes and pops a heap).
    /// </summary>
    public static AssignmentTuning Sparse { get; } = new(ColumnReduction: true, RowReductionPasses: 2, RowReductionStepsPerRow: 32, RowReductionChain: 500);

    /// <summary>No initialisation: one search per row, as in Crouse's rectangular algorithm (what the solver did before).</summary>
    public static AssignmentTuning SearchesOnly { get; } = new(ColumnReduction: false, RowReductionPasses: 0, RowReductionStepsPerRow: 0, RowReductionChain: 0);
}
