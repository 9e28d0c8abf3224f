using Affido.Domain;
using NodaTime;

namespace Affido.Rules.Tests;

/// <summary>
/// A valid, complete consensual placement and plan that produce no finding on <see cref="AsOf"/>: the base every test
/// changes one fact of.
/// </summary>
internal static class Fixture
{
    public static readonly LocalDate Start = new(2025, 1, 15);
    public static readonly LocalDate AsOf = new(2025, 3, 1);
    public static readonly MinorCode MinorA = new("MIN-A");
    public static readonly MinorCode MinorB = new("MIN-B");

    public static readonly Municipality Sondrio = new(new IstatCode("014061"), "Sondrio", new Province("014", "SO", "Sondrio", Region.Lombardy));

    public static Minor Minor(LocalDate birth, MinorCode? code = null, bool discernment = false)
        => new Minor
        {
            Code = code ?? MinorA,
            BirthDate = birth,
            Sex = Sex.Female,
            HasCapacityOfDiscernment = discernment,
        };

    /// <summary>A minor aged 9 at the start: no consent, no hearing required.</summary>
    public static Minor Child => Minor(new LocalDate(2015, 6, 10));

    public static Placement Placement() => new Placement
    {
        Minors = [Child],
        Carer = new CarerCode("CAR-1"),
        FamilyOfOrigin = new FamilyOfOrigin(Sondrio),
        LegalBasis = LegalBasis.Consensual,
        Relationship = Relationship.NonKinship,
        Arrangement = TimeArrangement.FullTime,
        Form = PlacementForm.Ordinary,
        Start = Start,
        Consents = [new WrittenConsent(ConsentParty.Parents, Start.PlusDays(-10))],
        Commitment = new CarerCommitment(Start.PlusDays(-5)),
        Decrees = [new Decree(Authority.GuardianshipJudge, Start.PlusDays(-2), "GT 12/2025")],
    };

    public static Placement Judicial() => Placement() with
    {
        LegalBasis = LegalBasis.Judicial,
        Consents = [],
        Decrees = [new Decree(Authority.JuvenileCourt, Start.PlusDays(-2), "TM 34/2025")],
    };

    public static PlacementPlan Plan() => new PlacementPlan
    {
        PresumedDuration = Period.FromMonths(12),
        Goals = "Return to the family of origin.",
        ContactArrangements = "Weekly visits at the service.",
        FamilyOfOriginCommitments = "Parenting support programme.",
        CarerCommitments = "Daily care; monthly support group.",
        SocialServiceCommitments = "Coordination and verifications.",
        VerificationCadence = Period.FromMonths(3),
        FosterCareServiceCommitments = "Support to the carers.",
        ConsentOrDecreeReference = "GT 12/2025",
        Signatures = [
            new PlanSignature(Signatory.SocialService, Start.PlusDays(-3)),
            new PlanSignature(Signatory.Carers, Start.PlusDays(-3)),
            new PlanSignature(Signatory.FosterCareService, Start.PlusDays(-3)),
        ],
    };

    public static RuleEvaluation Evaluate(Placement placement, PlacementPlan plan, LocalDate asOf, DistrictPolicy? policy = null)
        => (policy is null ? RuleEvaluator.Default : new RuleEvaluator(policy)).Evaluate(placement, plan, asOf);

    public static RuleEvaluation Evaluate(Placement placement, LocalDate? asOf = null, DistrictPolicy? policy = null)
        => Evaluate(placement, Plan(), asOf ?? AsOf, policy);

    public static RuleEvaluation Evaluate(PlacementPlan plan, LocalDate? asOf = null)
        => Evaluate(Placement(), plan, asOf ?? AsOf);

    public static IReadOnlyList<Finding> Only(this RuleEvaluation evaluation, string code)
    {
        Assert.True(evaluation.IsValid, evaluation.Describe());
        return evaluation.WithCode(code).ToList();
    }

    public static void Has(this RuleEvaluation evaluation, string code) => Assert.NotEmpty(evaluation.Only(code));

    public static void HasNo(this RuleEvaluation evaluation, string code) => Assert.Empty(evaluation.Only(code));

    public static LocalDate Date(this Finding finding, FindingDateRole role) => finding.Dates.Single(d => d.Role == role).Date;

    /// <summary>The failures as "Path [code]: message" lines, for assertion messages.</summary>
    public static string Describe(this RuleEvaluation evaluation)
        => string.Join("; ", evaluation.ValidationFailures.Select(f => $"{f.PropertyName} [{f.ErrorCode}]: {f.ErrorMessage}"));

    /// <summary>Whether a failure names <paramref name="path"/> with <paramref name="code"/>.</summary>
    public static bool Fails(this RuleEvaluation evaluation, string path, string code)
        => evaluation.ValidationFailures.Any(f => f.PropertyName == path && f.ErrorCode == code);
}
