namespace Affido.Matching.Planning;

/// <summary>A request that stays on the waiting list, and why.</summary>
/// <param name="RequestId">The request's id.</param>
/// <param name="Reason">Why it was not placed.</param>
/// <param name="FeasibleCarers">How many carers were feasible for it (0 exactly when the reason is <see cref="UnplacedReason.NoFeasibleCarer"/>).</param>
public sealed record UnplacedRequest(string RequestId, UnplacedReason Reason, int FeasibleCarers);
