using Affido.Domain;

namespace Affido.Matching.Planning;

/// <summary>A request placed by the planner on a carer, with the pair's explanation.</summary>
/// <param name="RequestId">The request's id.</param>
/// <param name="Minors">The minors placed together (the whole sibling group).</param>
/// <param name="Carer">The carer proposed.</param>
/// <param name="Score">The pair's score in [0, 1], as <see cref="CarerIndex.Explain"/> reports it (without urgency).</param>
/// <param name="Urgency">The request's urgency multiplier.</param>
/// <param name="Breakdown">The per-criterion scores and weights behind <paramref name="Score"/>.</param>
public sealed record PlannedPlacement(
    string RequestId,
    ValueArray<MinorCode> Minors,
    CarerCode Carer,
    double Score,
    double Urgency,
    ValueArray<CriterionScore> Breakdown)
{
    /// <summary>What the pair contributes to the planner's objective: <see cref="Score"/> × <see cref="Urgency"/>.</summary>
    public double WeightedScore => Score * Urgency;
}

/// <summary>Why a request of the waiting list was not placed in this round.</summary>
public enum UnplacedReason
{
    /// <summary>No carer passes every hard filter (and the minimum score) for the request.</summary>
    NoFeasibleCarer = 0,

    /// <summary>
    /// Some carers are feasible, but each of them went to another request: for the optimal planner, placing this
    /// request would have placed fewer requests in total or lowered the total (weighted) score; for the greedy one,
    /// they were taken by requests earlier in the list.
    /// </summary>
    FeasibleCarersTaken = 1,
}

/// <summary>A request that stays on the waiting list, and why.</summary>
/// <param name="RequestId">The request's id.</param>
/// <param name="Reason">Why it was not placed.</param>
/// <param name="FeasibleCarers">How many carers were feasible for it (0 exactly when the reason is <see cref="UnplacedReason.NoFeasibleCarer"/>).</param>
public sealed record UnplacedRequest(string RequestId, UnplacedReason Reason, int FeasibleCarers);

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
