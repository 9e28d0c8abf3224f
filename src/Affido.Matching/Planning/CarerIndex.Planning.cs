using Affido.Matching.Planning;

namespace Affido.Matching;

/// <summary>The planner's access to the index: the feasible pairs of each request and their scores, one request at a time.</summary>
public sealed partial class CarerIndex
{
    /// <summary>
    /// Appends one row to <paramref name="builder"/> per request, in list order: every carer that passes all hard
    /// filters for the request and scores at least <paramref name="minimumScore"/>, with its score times the request's
    /// urgency, in index order. The same scan, filters and formulas as <see cref="Search(MatchRequest, int)"/>: only the carers passing
    /// every filter are scored (and not those whose upper bound is below the minimum score), and nothing is allocated
    /// per carer or per pair. The requests must be valid (the planner checks them first).
    /// </summary>
    /// <returns>The compiled requests, with the number of feasible carers of each.</returns>
    internal WaitingListScan AppendFeasible(IReadOnlyList<PlanningRequest> requests, double minimumScore, SparseScoreMatrix.Builder builder)
    {
        var scan = new WaitingListScan(this, requests);
        Span<int> excluded = stackalloc int[HardFilters.Count];
        for (int r = 0; r < requests.Count; r++)
        {
            var q = scan.Claim(r);
            var row = new MatrixRow(builder, minimumScore, requests[r].Urgency);
            ScanRange(q, 0, Count, ref row, excluded, VectorScan);
            builder.EndRow();
            scan.Feasible[r] = row.Added;
        }

        return scan;
    }

    /// <summary>
    /// First come, first served: in list order, each request takes the carer with the best score × urgency among those
    /// still free that pass every hard filter and score at least <paramref name="minimumScore"/> (ties by
    /// <see cref="CarerCode"/> ordinal). One scan per request, no score matrix.
    /// </summary>
    /// <param name="requests">The valid requests.</param>
    /// <param name="minimumScore">The minimum score of a feasible pair.</param>
    /// <param name="rows">For each request, the row of its carer, or <see cref="AssignmentResult.Unassigned"/>.</param>
    /// <returns>The compiled requests, with the number of feasible carers of each (taken or not).</returns>
    internal WaitingListScan GreedyRows(IReadOnlyList<PlanningRequest> requests, double minimumScore, out int[] rows)
    {
        var scan = new WaitingListScan(this, requests);
        rows = new int[requests.Count];
        bool[] taken = new bool[Count];
        Span<int> excluded = stackalloc int[HardFilters.Count];
        for (int r = 0; r < requests.Count; r++)
        {
            var q = scan.Claim(r);
            var choice = new FreeBest(this, taken, minimumScore, requests[r].Urgency);
            ScanRange(q, 0, Count, ref choice, excluded, VectorScan);
            scan.Feasible[r] = choice.Feasible;
            rows[r] = choice.Row;
            if (choice.Row >= 0)
            {
                taken[choice.Row] = true;
            }
        }

        return scan;
    }

    /// <summary>The code of the carer at <paramref name="row"/> of the index.</summary>
    internal CarerCode CodeAt(int row) => new(codes[row]);

    /// <summary>Ordinal comparison of the codes of the carers at rows <paramref name="a"/> and <paramref name="b"/> (the sign of <see cref="string.CompareOrdinal(string, string)"/>), without allocating.</summary>
    internal int CompareCodes(int a, int b) => codes.Compare(a, b);

    /// <summary>
    /// A waiting list compiled against the index, each request once: the scan compiles them in order, and
    /// <see cref="ScoreAt"/> scores the chosen pairs with the same compiled requests (no second compilation). The
    /// per-municipality tables are shared by all the requests and refilled by the one that uses them.
    /// </summary>
    internal sealed class WaitingListScan
    {
        private readonly CarerIndex index;
        private readonly IReadOnlyList<PlanningRequest> requests;
        private readonly CompiledRequest?[] compiled;
        private readonly MunicipalityTables tables;

        public WaitingListScan(CarerIndex index, IReadOnlyList<PlanningRequest> requests)
        {
            this.index = index;
            this.requests = requests;
            compiled = new CompiledRequest?[requests.Count];
            tables = new MunicipalityTables(index.municipalities.Length);
            Feasible = new int[requests.Count];
        }

        /// <summary>For each request, the number of carers passing every filter with at least the minimum score.</summary>
        public int[] Feasible { get; }

        /// <summary>The score and breakdown of request <paramref name="request"/> with the carer at <paramref name="row"/>, exactly as <see cref="Explain"/> reports them.</summary>
        public (double Score, ValueArray<CriterionScore> Breakdown) ScoreAt(int request, int row)
        {
            var q = Claim(request);
            var scores = default(ScoreVector);
            index.Fill(row, q, index.KinshipDegree(row, q), ref scores);
            return (q.Weights.Total(ref scores), q.Weights.Breakdown(ref scores));
        }

        /// <summary>Request <paramref name="request"/>, compiled on first use, owning the shared tables.</summary>
        internal CompiledRequest Claim(int request)
        {
            var q = compiled[request] ??= index.Compile(requests[request].Request, tables);
            q.Claim();
            return q;
        }
    }

    /// <summary>The lowest score worth scoring for: −∞ when every feasible pair is kept (a minimum of 0).</summary>
    private static double ThresholdFor(double minimumScore) => minimumScore > 0 ? minimumScore : double.NegativeInfinity;

    /// <summary>One row of the score matrix: the pairs scoring at least the minimum, with score × urgency.</summary>
    private struct MatrixRow(SparseScoreMatrix.Builder builder, double minimumScore, double urgency) : ICandidateSink
    {
        public int Added { get; private set; }

        public readonly double Threshold => ThresholdFor(minimumScore);

        public void Offer(double score, int row)
        {
            if (score >= minimumScore)
            {
                builder.Add(row, score * urgency);
                Added++;
            }
        }
    }

    /// <summary>The best free carer of one request for the greedy planner, and the count of its feasible carers.</summary>
    private struct FreeBest(CarerIndex index, bool[] taken, double minimumScore, double urgency) : ICandidateSink
    {
        private double best;

        public int Row { get; private set; } = AssignmentResult.Unassigned;

        public int Feasible { get; private set; }

        public readonly double Threshold => ThresholdFor(minimumScore);

        public void Offer(double score, int row)
        {
            if (score < minimumScore)
            {
                return;
            }

            Feasible++;
            double value = score * urgency;
            if (!taken[row] && (Row < 0 || value > best || (value == best && index.CompareCodes(row, Row) < 0)))
            {
                Row = row;
                best = value;
            }
        }
    }
}
