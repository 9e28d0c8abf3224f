namespace Affido.Matching;

/// <summary>
/// The formulas of the soft criteria, each in [0,1]. The index and the object-by-object scorer both call these, so
/// the two cannot drift in meaning; docs/matching.md states them for users.
/// </summary>
internal static class CriterionFormulas
{
    /// <summary>Score of a carer in the same social district (different municipality).</summary>
    public const double SameDistrict = 0.75;

    /// <summary>Score of a carer in the same province (different district).</summary>
    public const double SameProvince = 0.5;

    /// <summary>Score of a carer in the same region (different province).</summary>
    public const double SameRegion = 0.25;

    /// <summary>
    /// Proximity of the carer's municipality to <paramref name="target"/>. When both have coordinates:
    /// 1 / (1 + km / <paramref name="halfScoreKm"/>), a hyperbolic decay (1 at 0 km, 0.5 at the half-score distance,
    /// never 0). Otherwise by territory: same municipality 1, same district 0.75, same province 0.5, same region 0.25,
    /// elsewhere 0.
    /// </summary>
    /// <param name="carer">Where the carer lives.</param>
    /// <param name="target">The family of origin's or the school's municipality.</param>
    /// <param name="halfScoreKm">Distance at which the score is 0.5 (<see cref="MatchingOptions.ProximityHalfScoreKm"/>).</param>
    /// <returns>The score in [0,1].</returns>
    /// <exception cref="ArgumentNullException">A municipality is null.</exception>
    public static double Proximity(Municipality carer, Municipality target, double halfScoreKm)
    {
        ArgumentNullException.ThrowIfNull(carer);
        ArgumentNullException.ThrowIfNull(target);
        if (carer.Location is { } from && target.Location is { } to)
        {
            return 1.0 / (1.0 + (from.DistanceKmTo(to) / halfScoreKm));
        }

        if (carer.Code == target.Code)
        {
            return 1.0;
        }

        if (carer.District is { IsEmpty: false } district && district == target.District)
        {
            return SameDistrict;
        }

        if (carer.Province.Code == target.Province.Code)
        {
            return SameProvince;
        }

        return carer.Province.Region.Code == target.Province.Region.Code ? SameRegion : 0.0;
    }

    /// <summary>Share of requested items matched: <paramref name="matched"/> / <paramref name="requested"/> (0 when nothing is requested).</summary>
    /// <param name="matched">How many requested items the carer has.</param>
    /// <param name="requested">How many distinct items the request names.</param>
    /// <returns>The score in [0,1].</returns>
    public static double Overlap(int matched, int requested)
        => requested <= 0 ? 0.0 : Math.Clamp((double)matched / requested, 0.0, 1.0);

    /// <summary>Experience: half from previous placements, half from training hours, each capped.</summary>
    /// <param name="previousPlacements">Previous placements (negative counts as 0).</param>
    /// <param name="trainingHours">Training hours (negative counts as 0).</param>
    /// <param name="placementsCap">Placements for a full half.</param>
    /// <param name="trainingHoursCap">Hours for a full half.</param>
    /// <returns>The score in [0,1].</returns>
    public static double Experience(int previousPlacements, int trainingHours, int placementsCap, int trainingHoursCap)
        => (0.5 * Math.Clamp(previousPlacements, 0, placementsCap) / placementsCap)
           + (0.5 * Math.Clamp(trainingHours, 0, trainingHoursCap) / trainingHoursCap);

    /// <summary>
    /// Household fit: the carers' own minor children should be at least two years older than the oldest fostered
    /// minor. No minor children: 1. Otherwise (gap + 2) / 4 clamped to [0,1], gap = youngest own child's age −
    /// oldest minor's age in whole years (2 years older or more: 1; same age: 0.5; 2 years younger or more: 0).
    /// </summary>
    /// <param name="youngestMinorChildAge">Age on the expected start of the carers' youngest child, when that child is a minor; null otherwise.</param>
    /// <param name="oldestMinorAge">Age on the expected start of the oldest minor of the request.</param>
    /// <returns>The score in [0,1].</returns>
    public static double HouseholdFit(int? youngestMinorChildAge, int oldestMinorAge)
        => youngestMinorChildAge is not int age ? 1.0 : Math.Clamp((age - oldestMinorAge + 2) / 4.0, 0.0, 1.0);

    /// <summary>
    /// Share of the expected duration covered by the availability: (until + 1 − start) / (end − start) in days,
    /// clamped; 1 when the availability is open-ended or the duration is empty.
    /// </summary>
    /// <param name="startDay">Expected start as a day number.</param>
    /// <param name="endDay">Expected end as a day number.</param>
    /// <param name="untilDay">Last day of availability as a day number, or null when open-ended.</param>
    /// <returns>The score in [0,1].</returns>
    public static double DurationCover(int startDay, int endDay, int? untilDay)
    {
        long total = (long)endDay - startDay;
        if (untilDay is not int until || total <= 0)
        {
            return 1.0;
        }

        return Math.Clamp(((long)until + 1 - startDay) / (double)total, 0.0, 1.0);
    }

    /// <summary>Kinship: (5 − degree) / 4 for a relative within the 4th degree (1st degree 1, 4th degree 0.25); 0 otherwise.</summary>
    /// <param name="degree">The closest degree of kinship to a minor of the request, or null.</param>
    /// <returns>The score in [0,1].</returns>
    public static double Kinship(int? degree)
        => degree is int d and >= 1 and <= Relative.MaxRelevantDegree ? (5 - d) / 4.0 : 0.0;

    /// <summary>Waiting time: days waited on the expected start over the cap, clamped to [0,1].</summary>
    /// <param name="daysWaiting">Days from the carer's waiting-since date to the expected start.</param>
    /// <param name="capDays">Days for a full score.</param>
    /// <returns>The score in [0,1].</returns>
    public static double WaitingTime(long daysWaiting, int capDays)
        => Math.Clamp(daysWaiting / (double)capDays, 0.0, 1.0);
}
