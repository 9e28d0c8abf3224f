using Affido.Domain;

namespace Affido.Matching.Planning;

/// <summary>The outcome of planning a waiting list in one round.</summary>
/// <param name="Placements">The placements, in the order of the waiting list; no carer appears twice.</param>
/// <param name="Unplaced">The requests not placed, in the order of the waiting list.</param>
/// <param name="TotalScore">The sum of <see cref="PlannedPlacement.Score"/> over the placements.</param>
/// <param name="WeightedTotal">The sum of <see cref="PlannedPlacement.WeightedScore"/>: the objective the optimal planner maximises (after the number of requests placed).</param>
public sealed record WaitingListPlan(
    ValueArray<PlannedPlacement> Placements,
    ValueArray<UnplacedRequest> Unplaced,
    double TotalScore,
    double WeightedTotal)
{
    /// <summary>How many minors are placed (sibling groups count each child).</summary>
    public int PlacedMinors => Placements.Sum(p => p.Minors.Count);
}
