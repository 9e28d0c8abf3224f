namespace Affido.Matching;

/// <summary>Scores one <see cref="FosterCarer"/> for one request with the soft criteria (straightforward, object by object).</summary>
/// <remarks>Used by <see cref="ReferenceMatcher"/>; <see cref="CarerIndex"/> computes the same formulas from its columns.</remarks>
public sealed class CarerScorer
{
    private readonly MatchingOptions options;

    /// <summary>Creates a scorer with validated <paramref name="options"/>.</summary>
    /// <param name="options">Weights and constants.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> fail <see cref="MatchingOptionsValidator"/>.</exception>
    public CarerScorer(MatchingOptions options)
    {
        this.options = OptionsGuard.Validated(options);
    }

    /// <summary>The total score of <paramref name="carer"/> for <paramref name="request"/>, in [0,1] (hard filters are not checked).</summary>
    /// <param name="request">The search.</param>
    /// <param name="carer">The carer.</param>
    /// <returns>The weighted mean of the applicable criteria.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public double Score(MatchRequest request, FosterCarer carer)
    {
        var weights = new RequestWeights(options, request);
        var scores = Vector(request, carer);
        return weights.Total(ref scores);
    }

    /// <summary>The per-criterion scores of <paramref name="carer"/> for <paramref name="request"/>, in <see cref="Criterion"/> order.</summary>
    /// <param name="request">The search.</param>
    /// <param name="carer">The carer.</param>
    /// <returns>Nine lines, with the weight each has in this request.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ValueArray<CriterionScore> Breakdown(MatchRequest request, FosterCarer carer)
    {
        var weights = new RequestWeights(options, request);
        var scores = Vector(request, carer);
        return weights.Breakdown(ref scores);
    }

    internal ScoreVector Vector(MatchRequest request, FosterCarer carer)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(carer);
        var start = request.ExpectedStart;
        var scores = default(ScoreVector);
        scores[(int)Criterion.OriginProximity] = CriterionFormulas.Proximity(carer.Municipality, request.FamilyOfOrigin, options.ProximityHalfScoreKm);
        scores[(int)Criterion.SchoolProximity] = request.School is null ? 0.0
            : CriterionFormulas.Proximity(carer.Municipality, request.School, options.ProximityHalfScoreKm);
        var languages = request.DistinctLanguages;
        scores[(int)Criterion.Language] = CriterionFormulas.Overlap(languages.Count(carer.Languages.Contains), languages.Count);
        var backgrounds = request.DistinctBackgrounds;
        scores[(int)Criterion.Background] = CriterionFormulas.Overlap(backgrounds.Count(carer.Backgrounds.Contains), backgrounds.Count);
        scores[(int)Criterion.Experience] = CriterionFormulas.Experience(
            carer.Experience.PreviousPlacements, carer.Experience.TrainingHours, options.ExperiencePlacementsCap, options.ExperienceTrainingHoursCap);
        int? childAge = null;
        if (!carer.Household.ChildrenBirthDates.IsEmpty)
        {
            var youngest = carer.Household.ChildrenBirthDates.Max();
            if (Ages.IsMinorOn(youngest, start))
            {
                childAge = Ages.YearsOn(youngest, start);
            }
        }

        scores[(int)Criterion.HouseholdFit] = CriterionFormulas.HouseholdFit(childAge, request.OldestAge);
        scores[(int)Criterion.DurationAvailability] = CriterionFormulas.DurationCover(
            DayNumbers.Of(start), DayNumbers.Of(request.ExpectedEnd),
            carer.Availability.Until is { } until ? DayNumbers.Of(until) : null);
        scores[(int)Criterion.Kinship] = CriterionFormulas.Kinship(
            FilterRules.KinshipDegree(carer, request.Minors.Select(m => m.Code.AsPerson()).ToList()));
        scores[(int)Criterion.WaitingTime] = CriterionFormulas.WaitingTime(
            (long)DayNumbers.Of(start) - DayNumbers.Of(carer.WaitingSince), options.WaitingTimeCapDays);
        return scores;
    }
}
