using Affido.Matching.Planning;

namespace Affido.Matching;

/// <summary>The planner's access to the index: feasible pairs and their scores for a whole row of the score matrix at once.</summary>
public sealed partial class CarerIndex
{
    /// <summary>
    /// Appends one row to <paramref name="builder"/>: every carer that passes all hard filters for
    /// <paramref name="request"/> and scores at least <paramref name="minimumScore"/>, with its score times
    /// <paramref name="urgency"/>, in index order. The same filters and formulas as <see cref="Search"/>, with no
    /// allocation per carer.
    /// </summary>
    /// <returns>The number of feasible carers appended.</returns>
    internal int AppendFeasible(MatchRequest request, double minimumScore, double urgency, SparseScoreMatrix.Builder builder)
    {
        var q = Compile(request);
        var scores = default(ScoreVector);
        var feasible = 0;
        for (var i = 0; i < Count; i++)
        {
            if (!StatusOk(i, q) || !ConsentOk(i) || !AvailabilityOk(i, q) || !FormOk(i, q) || !PlacesOk(i, q)
                || !AgesOk(i, q) || !NeedsOk(i, q) || !ProtectionOk(i, q))
            {
                continue;
            }

            var degree = 0;
            if (q.ScansRelatives)
            {
                degree = KinshipDegree(i, q);
                if ((q.KinshipOnly && degree == 0) || HasConflict(i, q))
                {
                    continue;
                }
            }
            else if (q.KinshipOnly)
            {
                continue;
            }

            Fill(i, q, degree, ref scores);
            var score = q.Weights.Total(ref scores);
            if (score >= minimumScore)
            {
                builder.Add(i, score * urgency);
                feasible++;
            }
        }

        builder.EndRow();
        return feasible;
    }

    /// <summary>The code of the carer at <paramref name="row"/> of the index.</summary>
    internal CarerCode CodeAt(int row) => new(codes[row]);

    /// <summary>The code string of the carer at <paramref name="row"/>, for ordinal tie-breaking.</summary>
    internal string CodeValueAt(int row) => codes[row];

    /// <summary>The score and breakdown of an eligible pair, exactly as <see cref="Explain"/> reports them.</summary>
    internal (double Score, ValueArray<CriterionScore> Breakdown) ScoreAt(MatchRequest request, int row)
    {
        var q = Compile(request);
        var scores = default(ScoreVector);
        Fill(row, q, KinshipDegree(row, q), ref scores);
        return (q.Weights.Total(ref scores), q.Weights.Breakdown(ref scores));
    }
}
