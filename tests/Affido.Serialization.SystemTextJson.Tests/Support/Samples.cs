using FluentValidation.Results;
using NodaTime;

namespace Affido.Serialization.SystemTextJson.Tests;

/// <summary>
/// Values of the documented JSON shapes (the golden files and the package README show them): hand-written, except the
/// rule evaluation, which the evaluator produces.
/// </summary>
internal static class Samples
{
    public static Municipality Rozzano => DomainGenerators.SampleMunicipalities[0];

    public static Municipality Milano => DomainGenerators.SampleMunicipalities[1];

    public static NeedProfile Needs { get; } = NeedProfile.Of((NeedCategory.Health, NeedLevel.Low), (NeedCategory.Trauma, NeedLevel.High), (NeedCategory.ComplexContact, NeedLevel.Medium));

    public static Minor Minor { get; } = new()
    {
        Code = new MinorCode("M-2026-0101"),
        BirthDate = new LocalDate(2016, 9, 14),
        Sex = Sex.Male,
        Languages = [LanguageCode.Italian, LanguageCode.Arabic],
        Needs = Needs,
        SiblingGroup = new SiblingGroupId("G-0042"),
    };

    public static MatchRequest MatchRequest { get; } = new()
    {
        Id = "rozzano-9",
        Minors = [Minor],
        Form = PlacementForm.Ordinary,
        Arrangement = TimeArrangement.FullTime,
        ExpectedStart = new LocalDate(2026, 3, 16),
        ExpectedDuration = Period.FromMonths(24),
        FamilyOfOrigin = Rozzano,
        School = Milano,
        Protection = ProtectionConstraint.NotSameMunicipality,
        Languages = [LanguageCode.Italian],
        ConflictingPersons = [new PersonCode("P-JUDGE-7")],
    };

    public static FosterCarer FosterCarer { get; } = new()
    {
        Code = new CarerCode("FA-0001"),
        Municipality = Milano,
        Household = new Household(HouseholdType.Couple, [new LocalDate(2010, 5, 2)]),
        Status = AssessmentStatus.Approved,
        Availability = new Availability
        {
            Forms = [PlacementForm.Ordinary, PlacementForm.Emergency],
            Arrangements = [TimeArrangement.FullTime],
            Places = 2,
            From = new LocalDate(2026, 1, 1),
            Until = new LocalDate(2027, 12, 31),
            Ages = new AgeRange(3, 12),
            AcceptedNeeds = NeedProfile.Of((NeedCategory.Learning, NeedLevel.Medium), (NeedCategory.Trauma, NeedLevel.High)),
        },
        WaitingSince = new LocalDate(2025, 6, 30),
        Experience = new Experience(PreviousPlacements: 2, TrainingHours: 40),
        DataProcessingConsent = new DataProcessingConsent(new LocalDate(2025, 1, 10)),
        Service = DomainGenerators.SampleServices[0],
        Languages = [LanguageCode.Italian, LanguageCode.English],
        Backgrounds = [new BackgroundTag("catholic")],
        Relatives = [new Relative(new PersonCode("P-0007"), 3, KinshipKind.Affinity)],
    };

    public static Placement Placement { get; } = new()
    {
        Minors = [Minor],
        Carer = new CarerCode("FA-0001"),
        FamilyOfOrigin = new FamilyOfOrigin(Rozzano, new Guardian(new PersonCode("P-TUTOR-1"), new LocalDate(2025, 11, 3))),
        LegalBasis = LegalBasis.Consensual,
        Relationship = Relationship.NonKinship,
        Arrangement = TimeArrangement.PartTime,
        Form = PlacementForm.Ordinary,
        Start = new LocalDate(2026, 3, 16),
        Schedule = new PartTimeSchedule([IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday], 8, "weekends"),
        Consents = [new WrittenConsent(ConsentParty.Guardian, new LocalDate(2026, 3, 2))],
        Hearings = [new Hearing(new MinorCode("M-2026-0101"), new LocalDate(2026, 3, 4))],
        Commitment = new CarerCommitment(new LocalDate(2026, 3, 10)),
        Decrees = [new Decree(Authority.GuardianshipJudge, new LocalDate(2026, 3, 12), "n. 123/2026")],
        Verifications = [new Verification(new LocalDate(2026, 6, 10))],
    };

    public static PlacementPlan Plan { get; } = new()
    {
        PresumedDuration = Period.FromMonths(24),
        Goals = "Rientro nella famiglia d'origine.",
        ContactArrangements = "Incontri settimanali presso il servizio.",
        VerificationCadence = Period.FromMonths(3),
        Signatures = [new PlanSignature(Signatory.SocialService, new LocalDate(2026, 3, 12)), new PlanSignature(Signatory.Carers, new LocalDate(2026, 3, 12))],
    };

    public static MatchResult MatchResult { get; } = new(
        "rozzano-9",
        [
            new MatchCandidate(1, new CarerCode("FA-0001"), 0.8125, [new CriterionScore(Criterion.OriginProximity, 0.75, 3), new CriterionScore(Criterion.Language, 1, 2)]),
            new MatchCandidate(2, new CarerCode("FA-0017"), 0.5, [new CriterionScore(Criterion.OriginProximity, 0.5, 3)]),
        ],
        [new ExclusionCount(HardFilter.Consent, 4), new ExclusionCount(HardFilter.AgeRange, 11)],
        Scanned: 17,
        Eligible: 2);

    /// <summary>
    /// The birth date a validation failure rejected (its <c>AttemptedValue</c>) and the custom state a validator
    /// attached to it: neither may appear in the JSON.
    /// </summary>
    public static LocalDate RejectedBirthDate { get; } = new(1899, 12, 31);

    /// <summary>A custom state with special-category data, as an integrator's validator might attach.</summary>
    public const string PrivateState = "needs: trauma high";

    /// <summary>
    /// An evaluation with a finding and a validation failure, both as the evaluator produces them: the overdue
    /// verification of <see cref="Placement"/> on 30 September 2026, and the failure of a minor born on
    /// <see cref="RejectedBirthDate"/>. The evaluator gives one or the other, but the type holds both and the golden
    /// file shows both shapes. The library clears a failure's attempted value; an integrator's own validator might
    /// keep it and attach a custom state, so the failure here carries <see cref="RejectedBirthDate"/> and
    /// <see cref="PrivateState"/>, which are never written.
    /// </summary>
    public static RuleEvaluation RuleEvaluation { get; } = EvaluatedTwice();

    private static RuleEvaluation EvaluatedTwice()
    {
        var asOf = new LocalDate(2026, 9, 30);
        var overdue = RuleEvaluator.Default.Evaluate(Placement, Plan, asOf).Findings.Single(f => f.Code == RuleCodes.VerificationOverdue);
        var rejected = RuleEvaluator.Default.Evaluate(Placement with { Minors = [Minor with { BirthDate = RejectedBirthDate }] }, Plan, asOf)
            .ValidationFailures.Single(f => f.ErrorCode == ValidationCodes.DateOutOfRange);
        var kept = new ValidationFailure(rejected.PropertyName, rejected.ErrorMessage, RejectedBirthDate)
        {
            ErrorCode = rejected.ErrorCode,
            Severity = rejected.Severity,
            CustomState = PrivateState,
        };
        return new RuleEvaluation([overdue], [kept]);
    }
}
