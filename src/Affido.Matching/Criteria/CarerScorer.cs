namespace Affido.Matching;

/// <summary>Scores one <see cref="FosterCarer"/> for one request with the soft criteria (straightforward, object by object).</summary>
/// <remarks>
/// The test oracle (the reference matcher of the test support) scores with it; <see cref="CarerIndex"/> computes the
/// same formulas from its columns.
/// </remarks>
internal sealed class CarerScorer
{
    private readonly MatchingOptions options;

    /// <summary>Creates a scorer with validated <paramref name="options"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> fail <see cref="MatchingOptionsValidator"/>.</exception>
    public CarerScorer(MatchingOptions options)
    {
        this.options = OptionsGuard.Validated(options);
    }

    /// <summary>The total score of <paramref name="carer"/> for <paramref name="request"/>, in [0,1] (hard filters are not checked).</summary>
    public double Score(MatchRequest request, FosterCarer carer)
    {
        var weights = new RequestWeights(options, request);
        var scores = Vector(request, carer);
        return weights.Total(ref scores);
    }

    /// <summary>The per-criterion scores of <paramref name="carer"/> for <paramref name="request"/>, in <see cref="Criterion"/> order.</summary>
    public ValueArray<CriterionScore> Breakdown(MatchRequest request, FosterCarer carer)
    {
        var weights = new RequestWeights(options, request);
        var scores = Vector(request, carer);
        return weights.Breakdown(ref scores);
    }

    private ScoreVector Vector(MatchRequest request, FosterCarer carer)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(carer);
        var start = request.ExpectedStart;
        var scores = default(ScoreVector);
        scores[(int)Criterion.OriginProximity] = CriterionFormulas.Proximity(carer.Municipality, request.FamilyOfOrigin, options.ProximityHalfScoreKm);
        scores[(int)Criterion.SchoolProximity] = request.School is null ? 0.0
            : CriterionFormulas.Proximity(carer.Municipality, request.School, options.ProximityHalfScoreKm);
        var languages = request.EffectiveLanguages;
        scores[(int)Criterion.Language] = CriterionFormulas.Overlap(languages.Count(carer.Languages.Contains), languages.Count);
        var backgrounds = request.EffectiveBackgrounds;
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
        scores[(int)Criterion.Kinship] = CriterionFormulas.Kinship(KinshipDegree(carer, request));
        scores[(int)Criterion.WaitingTime] = CriterionFormulas.WaitingTime(
            (long)DayNumbers.Of(start) - DayNumbers.Of(carer.WaitingSince), options.WaitingTimeCapDays);
        return scores;
    }

    /// <summary>The closest degree (within the 4th) of <paramref name="carer"/> to a minor of <paramref name="request"/>, or null.</summary>
    private static int? KinshipDegree(FosterCarer carer, MatchRequest request)
    {
        int? best = null;
        foreach (var minor in request.Minors)
        {
            int? degree = carer.KinshipDegreeTo(minor.Code.AsPerson());
            if (degree is not null && (best is null || degree < best))
            {
                best = degree;
            }
        }

        return best;
    }
}
