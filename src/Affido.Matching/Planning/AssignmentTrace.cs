namespace Affido.Matching.Planning;

/// <summary>What one solve did, phase by phase (for tests, benchmarks and the docs); counters only, filled as the phases run.</summary>
internal struct AssignmentTrace
{
    /// <summary>Whether the square initialisation (column reduction and reduction transfer) ran.</summary>
    public bool ColumnReduction;

    /// <summary>Rows assigned by column reduction.</summary>
    public int AssignedByColumnReduction;

    /// <summary>Steps of augmenting row reduction (one row examined each).</summary>
    public long RowReductionSteps;

    /// <summary>Rows left to the shortest augmenting path searches.</summary>
    public int Searches;

    /// <summary>Columns settled over all searches.</summary>
    public long SettledColumns;

    /// <summary>Time spent in the initialisation phases (<see cref="System.Diagnostics.Stopwatch"/> ticks).</summary>
    public long InitialisationTicks;

    /// <summary>Time spent in the searches (<see cref="System.Diagnostics.Stopwatch"/> ticks).</summary>
    public long SearchTicks;

    /// <summary>Whether the first attempt (every row assigned, no "unassigned" columns) found no such assignment and the solve restarted with them.</summary>
    public bool FellBack;
}
