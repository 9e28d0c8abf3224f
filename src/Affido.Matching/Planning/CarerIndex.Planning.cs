using Affido.Matching.Planning;

namespace Affido.Matching;

/// <summary>The planner's access to the index: feasible pairs and their scores for a whole row of the score matrix at once.</summary>
public sealed partial class CarerIndex
{
    /// <summary>
    /// Appends one row to <paramref name="builder"/>: every carer that passes all hard filters for
    /// <paramref name="request"/> and scores at least <paramref name="minimumScore"/>, with its score times
    /// <paramref name="urgency"/>, in index order. The same filters and formulas as <see cref="Search"/>, with no
    /// allocation per carer. The request must be valid (the planner checks it first).
    /// </summary>
    /// <returns>The number of feasible carers appended.</returns>
    internal int AppendFeasible(MatchRequest request, double minimumScore, double urgency, SparseScoreMatrix.Builder builder)
    {
        var q = Compile(request);
        var scores = default(ScoreVector);
        int feasible = 0;
        for (int i = 0; i < Count; i++)
        {
            int degree = 0;
            if (FixedWidthFailuresAt(i, q) != 0 || (q.ReadsRelatives && RelativesFailures(i, q, out degree) != 0))
            {
                continue;
            }

            Fill(i, q, degree, ref scores);
            double score = q.Weights.Total(ref scores);
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

    /// <summary>Ordinal comparison of the codes of the carers at rows <paramref name="a"/> and <paramref name="b"/> (the sign of <see cref="string.CompareOrdinal(string, string)"/>), without allocating.</summary>
    internal int CompareCodes(int a, int b) => codes.Compare(a, b);

    /// <summary>The score and breakdown of an eligible pair, exactly as <see cref="Explain"/> reports them.</summary>
    internal (double Score, ValueArray<CriterionScore> Breakdown) ScoreAt(MatchRequest request, int row)
    {
        var q = Compile(request);
        var scores = default(ScoreVector);
        Fill(row, q, KinshipDegree(row, q), ref scores);
        return (q.Weights.Total(ref scores), q.Weights.Breakdown(ref scores));
    }
}
