namespace Affido.Matching.Planning;

/// <summary>A candidate column of a row during initialisation: the column, its reduced cost and its cost.</summary>
/// <param name="Column">The column, or -1 when there is no candidate.</param>
/// <param name="Reduced">The cost minus the column's potential (+∞ when there is no candidate).</param>
/// <param name="Cost">The cost of the pair.</param>
internal readonly record struct ReducedCost(int Column, double Reduced, double Cost)
{
    /// <summary>No candidate.</summary>
    public static ReducedCost None { get; } = new(-1, double.PositiveInfinity, 0);
}
