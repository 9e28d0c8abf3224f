using System.Runtime.CompilerServices;
using NodaTime;

namespace Affido.Matching;

/// <summary>The nine criterion scores of one carer, indexed by <see cref="Criterion"/>.</summary>
[InlineArray(CriterionCount)]
internal struct ScoreVector
{
    public const int CriterionCount = 9;
    private double element;
}

/// <summary>The weights of one request: the configured weights, 0 for criteria that do not apply, and their sum.</summary>
internal sealed class RequestWeights
{
    private readonly double[] weights = new double[ScoreVector.CriterionCount];

    public RequestWeights(MatchingOptions options, MatchRequest request)
    {
        for (int i = 0; i < ScoreVector.CriterionCount; i++)
        {
            var criterion = (Criterion)i;
            bool applies = criterion switch
            {
                Criterion.SchoolProximity => request.School is not null,
                Criterion.Language => request.DistinctLanguages.Count > 0,
                Criterion.Background => request.DistinctBackgrounds.Count > 0,
                _ => true,
            };
            weights[i] = applies ? options.WeightOf(criterion) : 0.0;
            Sum += weights[i];
        }
    }

    public double Sum { get; }

    public double this[int index] => weights[index];

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

/// <summary>Day numbers for dates (days since 0001-01-01, ISO calendar), the index's date encoding.</summary>
internal static class DayNumbers
{
    public static int Of(LocalDate date) => date.ToDateOnly().DayNumber;

    public static LocalDate ToDate(int dayNumber) => LocalDate.FromDateOnly(DateOnly.FromDayNumber(dayNumber));
}
