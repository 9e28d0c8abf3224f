using Affido.Domain;
using Affido.Matching.Planning;

namespace Affido.Matching.Tests.Planning;

/// <summary>
/// The planner as it was before it scored only feasible pairs in one scan per request: every (request, carer) pair
/// of a dense matrix asked of <see cref="CarerIndex.Explain"/>, the feasible ones kept with
/// <see cref="SparseScoreMatrix.FromDense"/>, then the same solver; the greedy plan walks that matrix. For small
/// instances only (it is quadratic and allocates the dense matrix).
/// </summary>
internal static class ReferencePlanner
{
    public static SparseScoreMatrix ScoreMatrix(IReadOnlyList<PlanningRequest> requests, IReadOnlyList<FosterCarer> carers, CarerIndex index, double minimumScore)
    {
        // The index's rows, in index order: Explain finds a carer by code, and the matrix's columns are the index's rows.
        var columns = Enumerable.Range(0, index.Count).Select(index.CodeAt).ToArray();
        Assert.Equal(carers.Select(c => c.Code).Order(), columns.Order());
        double[] values = new double[requests.Count * columns.Length];
        bool[] feasible = new bool[values.Length];
        for (int r = 0; r < requests.Count; r++)
        {
            for (int c = 0; c < columns.Length; c++)
            {
                var explanation = index.Explain(requests[r].Request, columns[c]);
                if (explanation.IsEligible && explanation.Score >= minimumScore)
                {
                    values[(r * columns.Length) + c] = explanation.Score!.Value * requests[r].Urgency;
                    feasible[(r * columns.Length) + c] = true;
                }
            }
        }

        return SparseScoreMatrix.FromDense(values, requests.Count, columns.Length, feasible);
    }

    public static WaitingListPlan Plan(IReadOnlyList<PlanningRequest> requests, IReadOnlyList<FosterCarer> carers, CarerIndex index, double minimumScore)
    {
        var matrix = ScoreMatrix(requests, carers, index, minimumScore);
        var assignment = LinearAssignment.SolveSparse(matrix, AssignmentObjective.Maximize);
        return Result(requests, index, matrix, [.. assignment.ColumnForRow]);
    }

    public static WaitingListPlan PlanGreedy(IReadOnlyList<PlanningRequest> requests, IReadOnlyList<FosterCarer> carers, CarerIndex index, double minimumScore)
    {
        var matrix = ScoreMatrix(requests, carers, index, minimumScore);
        bool[] taken = new bool[index.Count];
        int[] columnForRow = new int[requests.Count];
        for (int r = 0; r < requests.Count; r++)
        {
            int best = -1;
            for (int k = matrix.RowStarts[r]; k < matrix.RowStarts[r + 1]; k++)
            {
                int c = matrix.ColumnIndices[k];
                if (!taken[c] && (best < 0 || matrix.Values[k] > matrix.Values[best]
                    || (matrix.Values[k] == matrix.Values[best] && string.CompareOrdinal(index.CodeAt(c).Value, index.CodeAt(matrix.ColumnIndices[best]).Value) < 0)))
                {
                    best = k;
                }
            }

            columnForRow[r] = best < 0 ? AssignmentResult.Unassigned : matrix.ColumnIndices[best];
            if (best >= 0)
            {
                taken[matrix.ColumnIndices[best]] = true;
            }
        }

        return Result(requests, index, matrix, columnForRow);
    }

    private static WaitingListPlan Result(IReadOnlyList<PlanningRequest> requests, CarerIndex index, SparseScoreMatrix matrix, int[] columnForRow)
    {
        var placements = new List<PlannedPlacement>();
        var unplaced = new List<UnplacedRequest>();
        double total = 0, weighted = 0;
        for (int r = 0; r < requests.Count; r++)
        {
            var entry = requests[r];
            int feasible = matrix.RowStarts[r + 1] - matrix.RowStarts[r];
            if (columnForRow[r] < 0)
            {
                unplaced.Add(new UnplacedRequest(entry.Request.Id, feasible == 0 ? UnplacedReason.NoFeasibleCarer : UnplacedReason.FeasibleCarersTaken, feasible));
                continue;
            }

            var explanation = index.Explain(entry.Request, index.CodeAt(columnForRow[r]));
            var placement = new PlannedPlacement(
                entry.Request.Id, entry.Request.Minors.Select(m => m.Code).ToValueArray(), index.CodeAt(columnForRow[r]), explanation.Score!.Value, entry.Urgency, explanation.Breakdown);
            placements.Add(placement);
            total += placement.Score;
            weighted += placement.WeightedScore;
        }

        return new WaitingListPlan(placements.ToValueArray(), unplaced.ToValueArray(), total, weighted);
    }
}
