namespace Affido.Matching.Planning;

/// <summary>One entry of a waiting list: a request (one minor or a whole sibling group) and its urgency.</summary>
/// <param name="Request">The request; a sibling group is one request and is always placed on one carer (Reg. art. 4).</param>
/// <param name="Urgency">
/// A multiplier on the request's scores in the planner's objective (default 1): with urgency 2, a pair scoring 0.4
/// counts as 0.8 against other requests competing for the same carer. Use it for emergency placements (Reg. art. 10).
/// It never makes an infeasible pair feasible, and the reported <see cref="PlannedPlacement.Score"/> stays the
/// unweighted score. Must be greater than 0 and at most <see cref="LinearAssignment.MaxMagnitude"/> (1e200), so that
/// score × urgency is always an entry the solver accepts.
/// </param>
public sealed record PlanningRequest(MatchRequest Request, double Urgency = 1.0);
