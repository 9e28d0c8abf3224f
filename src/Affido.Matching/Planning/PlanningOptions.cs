namespace Affido.Matching.Planning;

/// <summary>Options of <see cref="PlacementPlanner"/>.</summary>
/// <param name="MinimumScore">
/// Pairs whose (unweighted) score is below this value, in [0, 1], are treated as infeasible: the planner never
/// proposes them, even to place one more request. Default 0 (every pair that passes the hard filters is acceptable).
/// </param>
public sealed record PlanningOptions(double MinimumScore = 0.0)
{
    /// <summary>The defaults: every pair that passes the hard filters is acceptable.</summary>
    public static PlanningOptions Default { get; } = new();
}
