using System.Globalization;
using Affido.Domain;

namespace Affido.Matching.Planning;

/// <summary>
/// Plans a waiting list in one round: each request (one minor or a whole sibling group) goes to at most one carer,
/// each carer takes at most one request, and only pairs that pass every hard filter are ever proposed.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Plan"/> is exact. It builds the sparse matrix of the feasible pairs straight from the
/// <see cref="CarerIndex"/> (the same hard filters and scores as <see cref="CarerIndex.Search(MatchRequest, int)"/>, so a carer with fewer
/// free places than the group size, or one failing any other filter, is never a candidate; pairs below
/// <see cref="PlanningOptions.MinimumScore"/> are dropped too), and solves it with
/// <see cref="LinearAssignment.SolveSparse"/>. The plan places as many requests as possible and, among the plans
/// that place that many, has the largest total of score × urgency. A sibling group is one request, so it is never
/// split (Reg. art. 4).
/// </para>
/// <para>
/// <see cref="PlanGreedy"/> is what matching one child at a time does: the requests in list order, each taking its
/// best carer still free. It is there for comparison: it may place fewer children, or reach a lower total.
/// </para>
/// <para>Caseworkers keep the final say: the plan is a proposal, each placement with its score breakdown.</para>
/// </remarks>
public static class PlacementPlanner
{
    /// <summary>The optimal plan for <paramref name="requests"/> over the carers of <paramref name="index"/>.</summary>
    /// <param name="requests">The waiting list (validate each request first with <see cref="MatchRequestValidator"/>).</param>
    /// <param name="index">The registry snapshot.</param>
    /// <param name="options">The options (defaults when null).</param>
    /// <returns>The placements, the totals, and the requests not placed with their reason.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="requests"/>, one of its entries, or <paramref name="index"/> is null.</exception>
    /// <exception cref="ArgumentException">A request lacks what a search needs (see <see cref="CarerIndex.Search(MatchRequest, int)"/>); an entry's request has no id; or two entries have the same request id, or hold
    /// the same minor (a child is placed once): the message names both requests.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An urgency is not in (0, <see cref="LinearAssignment.MaxMagnitude"/>], or the minimum score is outside [0, 1].</exception>
    public static WaitingListPlan Plan(IReadOnlyList<PlanningRequest> requests, CarerIndex index, PlanningOptions? options = null)
    {
        var (matrix, scan) = BuildMatrix(requests, index, options);
        var assignment = LinearAssignment.SolveSparse(matrix, AssignmentObjective.Maximize);
        return Result(requests, index, assignment.ColumnForRow.AsSpan(), scan);
    }

    /// <summary>
    /// The first-come-first-served plan: in list order, each request takes its best-scoring carer still free (ties
    /// by <see cref="CarerCode"/> ordinal). For comparison with <see cref="Plan"/>; urgency does not change the order.
    /// </summary>
    /// <param name="requests">The waiting list.</param>
    /// <param name="index">The registry snapshot.</param>
    /// <param name="options">The options (defaults when null).</param>
    /// <returns>The greedy plan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="requests"/>, one of its entries, or <paramref name="index"/> is null.</exception>
    /// <exception cref="ArgumentException">As for <see cref="Plan"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An urgency is not in (0, <see cref="LinearAssignment.MaxMagnitude"/>], or the minimum score is outside [0, 1].</exception>
    public static WaitingListPlan PlanGreedy(IReadOnlyList<PlanningRequest> requests, CarerIndex index, PlanningOptions? options = null)
    {
        double minimumScore = CheckedRequests(requests, index, options);
        var scan = index.GreedyRows(requests, minimumScore, out int[]? columnForRow);
        return Result(requests, index, columnForRow, scan);
    }

    /// <summary>
    /// The sparse score matrix the planner solves: one row per request, one column per carer of the index (in index
    /// order), an entry for each feasible pair holding score × urgency. For benchmarks and for callers who want to
    /// solve or inspect the problem themselves.
    /// </summary>
    /// <param name="requests">The waiting list.</param>
    /// <param name="index">The registry snapshot.</param>
    /// <param name="options">The options (defaults when null).</param>
    /// <returns>The matrix.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="requests"/>, one of its entries, or <paramref name="index"/> is null.</exception>
    /// <exception cref="ArgumentException">As for <see cref="Plan"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An urgency is not in (0, <see cref="LinearAssignment.MaxMagnitude"/>], or the minimum score is outside [0, 1].</exception>
    public static SparseScoreMatrix ScoreMatrix(IReadOnlyList<PlanningRequest> requests, CarerIndex index, PlanningOptions? options = null) =>
        BuildMatrix(requests, index, options).Matrix;

    private static (SparseScoreMatrix Matrix, CarerIndex.WaitingListScan Scan) BuildMatrix(IReadOnlyList<PlanningRequest> requests, CarerIndex index, PlanningOptions? options)
    {
        double minimumScore = CheckedRequests(requests, index, options);
        var builder = SparseScoreMatrix.CreateBuilder(index.Count, capacity: Math.Max(16, requests.Count * 64));
        var scan = index.AppendFeasible(requests, minimumScore, builder);
        return (builder.Build(), scan);
    }

    /// <summary>Checks the arguments (see <see cref="Plan"/>) and returns the minimum score.</summary>
    private static double CheckedRequests(IReadOnlyList<PlanningRequest> requests, CarerIndex index, PlanningOptions? options)
    {
        ArgumentNullException.ThrowIfNull(requests);
        ArgumentNullException.ThrowIfNull(index);
        options ??= PlanningOptions.Default;
        if (!(options.MinimumScore >= 0 && options.MinimumScore <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.MinimumScore, "The minimum score must be in [0, 1].");
        }

        CheckWaitingList(requests);
        return options.MinimumScore;
    }

    /// <summary>
    /// Every entry present, with a valid request with an id and an urgency in (0, 1e200]; no request id twice and no minor in two
    /// requests (the same child would be placed twice).
    /// </summary>
    private static void CheckWaitingList(IReadOnlyList<PlanningRequest> requests)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var minors = new Dictionary<MinorCode, int>();
        for (int r = 0; r < requests.Count; r++)
        {
            var entry = requests[r] ?? throw new ArgumentNullException(nameof(requests), Invariant($"Waiting-list entry {r} is null."));
            if (entry.Request is null)
            {
                throw new ArgumentNullException(nameof(requests), Invariant($"Waiting-list entry {r} has no request."));
            }

            var request = RequestGuard.Validated(entry.Request, nameof(requests), Invariant($" (waiting-list entry {r})"));
            // At most the solver's largest entry, so that score (at most 1) × urgency is always an entry it accepts
            // (the soak of 2026-11-28 found an urgency of double.MaxValue reaching the solver as an entry of 6.6e307).
            if (!(entry.Urgency > 0 && entry.Urgency <= LinearAssignment.MaxMagnitude))
            {
                throw new ArgumentOutOfRangeException(
                    nameof(requests),
                    entry.Urgency,
                    Invariant($"The urgency of request {RequestGuard.Describe(request.Id)} must be greater than 0 and at most {LinearAssignment.MaxMagnitude:R} (LinearAssignment.MaxMagnitude)."));
            }

            if (request.Id is null)
            {
                // A plan reports each request by its id; a search alone does not need one (found by the soak, issue 14).
                throw new ArgumentException(
                    Invariant($"Waiting-list entry {r} has a request without id ({nameof(MatchRequest.Id)}, {MatchValidationCodes.RequestIdMissing}): a plan tells its requests apart by id."),
                    nameof(requests));
            }

            if (!ids.TryAdd(request.Id, r))
            {
                throw new ArgumentException(
                    Invariant($"Waiting-list entries {ids[request.Id]} and {r} have the same request id {RequestGuard.Describe(request.Id)}: each request is planned once."),
                    nameof(requests));
            }

            foreach (var minor in request.Minors)
            {
                if (!minors.TryAdd(minor.Code, r))
                {
                    int first = minors[minor.Code];
                    throw new ArgumentException(
                        Invariant($"Requests {RequestGuard.Describe(requests[first].Request.Id)} (entry {first}) and {RequestGuard.Describe(request.Id)} (entry {r}) both hold minor '{minor.Code}': a child is placed once."),
                        nameof(requests));
                }
            }
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static WaitingListPlan Result(IReadOnlyList<PlanningRequest> requests, CarerIndex index, ReadOnlySpan<int> columnForRow, CarerIndex.WaitingListScan scan)
    {
        int[] feasible = scan.Feasible;
        var placements = new List<PlannedPlacement>();
        var unplaced = new List<UnplacedRequest>();
        double total = 0, weighted = 0;
        for (int r = 0; r < requests.Count; r++)
        {
            var entry = requests[r];
            int column = columnForRow[r];
            if (column < 0)
            {
                unplaced.Add(new UnplacedRequest(
                    entry.Request.Id,
                    feasible[r] == 0 ? UnplacedReason.NoFeasibleCarer : UnplacedReason.FeasibleCarersTaken,
                    feasible[r]));
                continue;
            }

            var (score, breakdown) = scan.ScoreAt(r, column);
            var minors = entry.Request.Minors.Select(m => m.Code).ToValueArray();
            var placement = new PlannedPlacement(entry.Request.Id, minors, index.CodeAt(column), score, entry.Urgency, breakdown);
            placements.Add(placement);
            total += score;
            weighted += placement.WeightedScore;
        }

        return new WaitingListPlan(placements.ToValueArray(), unplaced.ToValueArray(), total, weighted);
    }
}
