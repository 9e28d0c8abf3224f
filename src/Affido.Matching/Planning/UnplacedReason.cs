namespace Affido.Matching.Planning;

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
