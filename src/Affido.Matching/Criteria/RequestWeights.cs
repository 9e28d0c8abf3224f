using System.Runtime.CompilerServices;

namespace Affido.Matching;

/// <summary>The weights of one request: the configured weights, 0 for criteria that do not apply, and their sum.</summary>
internal sealed class RequestWeights
{
    private readonly double[] weights = new double[ScoreVector.CriterionCount];

    public RequestWeights(MatchingOptions options, MatchRequest request)
    {
        foreach (var criterion in SoftCriteria.All)
        {
            double weight = criterion.AppliesTo(request) ? criterion.WeightIn(options) : 0.0;
            weights[(int)criterion.Criterion] = weight;
            Sum += weight;
        }
    }

    /// <summary>The sum of the weights (at most 9 × 1000: the options bound every weight).</summary>
    public double Sum { get; }

    public double this[Criterion criterion] => weights[(int)criterion];

    /// <summary>The weighted mean, always summed in criterion order so the index and the reference agree bit for bit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Total(ref ScoreVector scores)
    {
        double sum = 0.0;
        for (int i = 0; i < ScoreVector.CriterionCount; i++)
        {
            sum += weights[i] * scores[i];
        }

        return Sum > 0 ? Math.Min(1.0, sum / Sum) : 0.0;
    }

    public ValueArray<CriterionScore> Breakdown(ref ScoreVector scores)
    {
        var lines = new CriterionScore[ScoreVector.CriterionCount];
        for (int i = 0; i < lines.Length; i++)
        {
            lines[i] = new CriterionScore((Criterion)i, scores[i], weights[i]);
        }

        return ValueArray.Create<CriterionScore>(lines);
    }
}
