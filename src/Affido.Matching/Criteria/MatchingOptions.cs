namespace Affido.Matching;

/// <summary>
/// The weights of the soft criteria and the constants of their formulas. Validate with
/// <see cref="MatchingOptionsValidator"/> (every weight in [0, 1000], not all zero; constants in range).
/// </summary>
/// <remarks>
/// The total score is the weighted mean of the criteria that apply to the request: school proximity applies only
/// when the request names a school, language only when it names languages, background only when it names
/// backgrounds; the others always apply. Defaults put relatives first (the law's first resource, Reg. art. 3),
/// then closeness to the family of origin, language and continuity over the expected duration.
/// </remarks>
public sealed record MatchingOptions
{
    /// <summary>The defaults.</summary>
    public static MatchingOptions Default { get; } = new();

    /// <summary>Weight of <see cref="Criterion.OriginProximity"/>; default 3. Every weight lies in [0, 1000].</summary>
    public double OriginProximityWeight { get; init; } = 3;

    /// <summary>Weight of <see cref="Criterion.SchoolProximity"/>; default 1.</summary>
    public double SchoolProximityWeight { get; init; } = 1;

    /// <summary>Weight of <see cref="Criterion.Language"/>; default 2.</summary>
    public double LanguageWeight { get; init; } = 2;

    /// <summary>Weight of <see cref="Criterion.Background"/>; default 1.</summary>
    public double BackgroundWeight { get; init; } = 1;

    /// <summary>Weight of <see cref="Criterion.Experience"/>; default 1.</summary>
    public double ExperienceWeight { get; init; } = 1;

    /// <summary>Weight of <see cref="Criterion.HouseholdFit"/>; default 1.</summary>
    public double HouseholdFitWeight { get; init; } = 1;

    /// <summary>Weight of <see cref="Criterion.DurationAvailability"/>; default 2.</summary>
    public double DurationAvailabilityWeight { get; init; } = 2;

    /// <summary>Weight of <see cref="Criterion.Kinship"/>; default 4.</summary>
    public double KinshipWeight { get; init; } = 4;

    /// <summary>Weight of <see cref="Criterion.WaitingTime"/>; default 1.</summary>
    public double WaitingTimeWeight { get; init; } = 1;

    /// <summary>
    /// Distance at which the kilometre proximity score halves: score = 1 / (1 + km / this); default 15 km
    /// (0.5 at 15 km, 0.25 at 45 km, 0.1 at 135 km). Range (0, 1000].
    /// </summary>
    public double ProximityHalfScoreKm { get; init; } = 15;

    /// <summary>Previous placements at which the placements half of the experience score is full; default 5. Range 1–1000.</summary>
    public int ExperiencePlacementsCap { get; init; } = 5;

    /// <summary>Training hours at which the training half of the experience score is full; default 40. Range 1–10000.</summary>
    public int ExperienceTrainingHoursCap { get; init; } = 40;

    /// <summary>Days of waiting at which the waiting-time score is full; default 730 (two years). Range 1–36500.</summary>
    public int WaitingTimeCapDays { get; init; } = 730;

    /// <summary>The weight of <paramref name="criterion"/> (see <see cref="SoftCriteria"/>).</summary>
    /// <param name="criterion">A criterion.</param>
    /// <returns>Its configured weight.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="criterion"/> is not defined.</exception>
    public double WeightOf(Criterion criterion) => SoftCriteria.Of(criterion).WeightIn(this);
}
