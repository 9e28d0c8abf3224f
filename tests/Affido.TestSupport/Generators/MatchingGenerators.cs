using Affido.Domain;
using Affido.Matching;
using Affido.Matching.Planning;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Affido.TestSupport;

/// <summary>
/// FsCheck generators for the public data types of Affido.Matching: requests, options, results, explanations,
/// decisions and waiting-list plans, built from <see cref="DomainGenerators"/>.
/// </summary>
/// <remarks>Results are generated directly (not searched), so that every shape a caller can receive is produced.</remarks>
public static class MatchingGenerators
{
    /// <summary>Scores in [0, 1], with binary fractions that do not print short (0.1 + 0.2).</summary>
    public static Gen<double> Scores { get; } = Gen.OneOf(
        Gen.Choose(0, 1_000_000).Select(i => i / 1_000_000.0),
        Gen.Elements(0.1 + 0.2, 1.0 / 3.0, Math.PI / 4, 0.0, 1.0));

    /// <summary>Requests' ids.</summary>
    public static Gen<string> RequestIds { get; } = Gen.Choose(0, 99_999).Select(n => "REQ-" + n.ToString("D5", System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>
    /// Match requests: 1 to 3 minors, a start from 2026, a duration of 1 to 24 months, optional school and constraints;
    /// languages and backgrounds taken from the minors (null), or an explicit override (possibly empty).
    /// </summary>
    public static Gen<MatchRequest> MatchRequests { get; } =
        from id in RequestIds
        from minors in DomainGenerators.ValueArraysOf(DomainGenerators.Minors, 1, 3)
        from form in DomainGenerators.EnumValues<PlacementForm>()
        from arrangement in DomainGenerators.EnumValues<TimeArrangement>()
        from start in DomainGenerators.DatesBetween(DomainGenerators.ReferenceDate, DomainGenerators.ReferenceDate.PlusYears(1))
        from months in Gen.Choose(1, 24)
        from family in DomainGenerators.Municipalities
        from school in DomainGenerators.OrNull(DomainGenerators.Municipalities)
        from protection in DomainGenerators.EnumValues<ProtectionConstraint>()
        from languages in DomainGenerators.OrNone(DomainGenerators.ValueArraysOf(DomainGenerators.LanguageCodes, 0, 2))
        from backgrounds in DomainGenerators.OrNone(DomainGenerators.ValueArraysOf(DomainGenerators.BackgroundTags, 0, 1))
        from flags in Gen.Zip(DomainGenerators.Booleans, DomainGenerators.Booleans)
        from conflicting in DomainGenerators.ValueArraysOf(DomainGenerators.PersonCodes, 0, 2)
        from contraindication in DomainGenerators.OrNull(DomainValueGenerators.SiblingContraindications)
        select new MatchRequest
        {
            Id = id, Minors = minors, Form = form, Arrangement = arrangement, ExpectedStart = start, ExpectedDuration = Period.FromMonths(months),
            FamilyOfOrigin = family, School = school, Protection = protection, Languages = languages, Backgrounds = backgrounds,
            KinshipOnly = flags.Item1, IncludeInAssessment = flags.Item2, ConflictingPersons = conflicting, SiblingContraindication = contraindication,
        };

    /// <summary>Weights of a criterion.</summary>
    public static Gen<CriterionScore> CriterionScores { get; } =
        from criterion in DomainGenerators.EnumValues<Criterion>()
        from score in Scores
        from weight in Gen.Choose(0, 5)
        select new CriterionScore(criterion, score, weight);

    /// <summary>Candidates of a ranking.</summary>
    public static Gen<MatchCandidate> MatchCandidates { get; } =
        from rank in Gen.Choose(1, 20)
        from carer in DomainGenerators.CarerCodes
        from score in Scores
        from breakdown in DomainGenerators.ValueArraysOf(CriterionScores, 0, 4)
        select new MatchCandidate(rank, carer, score, breakdown);

    /// <summary>Counts of carers excluded by a reason.</summary>
    public static Gen<ExclusionCount> ExclusionCounts { get; } =
        from reason in DomainGenerators.EnumValues<HardFilter>() from count in Gen.Choose(0, 10_000) select new ExclusionCount(reason, count);

    /// <summary>Results of a search.</summary>
    public static Gen<MatchResult> MatchResults { get; } =
        from id in RequestIds
        from candidates in DomainGenerators.ValueArraysOf(MatchCandidates, 0, 3)
        from exclusions in DomainGenerators.ValueArraysOf(ExclusionCounts, 0, 3)
        from scanned in Gen.Choose(0, 100_000)
        from eligible in Gen.Choose(0, 100)
        select new MatchResult(id, candidates, exclusions, scanned, eligible);

    /// <summary>Explanations of a carer's place (or absence) in a search.</summary>
    public static Gen<MatchExplanation> MatchExplanations { get; } =
        from carer in DomainGenerators.CarerCodes
        from inRegistry in DomainGenerators.Booleans
        from excluded in DomainGenerators.ValueArraysOf(DomainGenerators.EnumValues<HardFilter>(), 0, 2)
        from score in DomainGenerators.OrNone(Scores)
        from breakdown in DomainGenerators.ValueArraysOf(CriterionScores, 0, 3)
        select new MatchExplanation(carer, inRegistry, excluded, score, breakdown);

    /// <summary>Decisions, with or without a rank and a reason.</summary>
    public static Gen<MatchDecision> MatchDecisions { get; } =
        from id in RequestIds
        from carer in DomainGenerators.CarerCodes
        from rank in DomainGenerators.OrNone(Gen.Choose(1, 20))
        from decidedOn in DomainValueGenerators.Dates
        from reason in DomainGenerators.OrNull(DomainValueGenerators.Texts)
        select new MatchDecision(id, carer, rank, decidedOn, reason);

    /// <summary>Weights and caps of the criteria.</summary>
    public static Gen<MatchingOptions> MatchingOptionSets { get; } =
        from weights in Gen.Choose(0, 10).ArrayOf(9)
        from halfScore in Gen.Choose(1, 50)
        from caps in Gen.Choose(1, 1000).ArrayOf(3)
        select new MatchingOptions
        {
            OriginProximityWeight = weights[0], SchoolProximityWeight = weights[1], LanguageWeight = weights[2], BackgroundWeight = weights[3],
            ExperienceWeight = weights[4], HouseholdFitWeight = weights[5], DurationAvailabilityWeight = weights[6], KinshipWeight = weights[7],
            WaitingTimeWeight = weights[8], ProximityHalfScoreKm = halfScore, ExperiencePlacementsCap = caps[0], ExperienceTrainingHoursCap = caps[1],
            WaitingTimeCapDays = caps[2],
        };

    /// <summary>Requests of a waiting list, with an urgency of 1 to 10.</summary>
    public static Gen<PlanningRequest> PlanningRequests { get; } =
        from request in MatchRequests from urgency in Gen.Choose(10, 100) select new PlanningRequest(request, urgency / 10.0);

    /// <summary>Placements of a plan.</summary>
    public static Gen<PlannedPlacement> PlannedPlacements { get; } =
        from id in RequestIds
        from minors in DomainGenerators.ValueArraysOf(DomainGenerators.MinorCodes, 1, 3)
        from carer in DomainGenerators.CarerCodes
        from score in Scores
        from urgency in Gen.Choose(10, 100)
        from breakdown in DomainGenerators.ValueArraysOf(CriterionScores, 0, 3)
        select new PlannedPlacement(id, minors, carer, score, urgency / 10.0, breakdown);

    /// <summary>Requests a plan leaves unplaced.</summary>
    public static Gen<UnplacedRequest> UnplacedRequests { get; } =
        from id in RequestIds from reason in DomainGenerators.EnumValues<UnplacedReason>() from feasible in Gen.Choose(0, 50) select new UnplacedRequest(id, reason, feasible);

    /// <summary>Plans of a waiting list.</summary>
    public static Gen<WaitingListPlan> WaitingListPlans { get; } =
        from placements in DomainGenerators.ValueArraysOf(PlannedPlacements, 0, 3)
        from unplaced in DomainGenerators.ValueArraysOf(UnplacedRequests, 0, 2)
        from total in Scores
        from weighted in Scores
        select new WaitingListPlan(placements, unplaced, total * 3, weighted * 10);

    /// <summary>Solutions of an assignment problem.</summary>
    public static Gen<AssignmentResult> AssignmentResults { get; } =
        from columns in DomainGenerators.ValueArraysOf(Gen.Choose(-1, 9), 0, 6)
        from total in Scores
        select new AssignmentResult(columns, columns.Count(c => c >= 0), total * 5);

    /// <summary>Options of the planner.</summary>
    public static Gen<PlanningOptions> PlanningOptionSets { get; } = Scores.Select(s => new PlanningOptions(s));
}
