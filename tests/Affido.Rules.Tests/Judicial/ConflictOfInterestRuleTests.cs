using Affido.Domain;
using NodaTime;
using static Affido.Rules.Tests.Judicial.JudicialFixtures;

namespace Affido.Rules.Tests.Judicial;

public sealed class ConflictOfInterestRuleTests
{
    // Grandparent G; children P1 and P2; P1's child is the carer C1, P2's child Q (C1's first cousin, 4th degree),
    // Q's child R (5th degree). C1's spouse W; W's sister Z (C1's in-law, 2nd degree).
    private static readonly PersonCode G = new("G"), P1 = new("P1"), P2 = new("P2"), C1 = new("C1"), Q = new("Q"), R = new("R"),
        W = new("W"), WParent = new("WP"), Z = new("Z");

    private static readonly KinshipCalculator Family = new(
    [
        DeclaredRelation.Parent(G, P1), DeclaredRelation.Parent(G, P2),
        DeclaredRelation.Parent(P1, C1), DeclaredRelation.Parent(P2, Q), DeclaredRelation.Parent(Q, R),
        DeclaredRelation.Spouses(C1, W), DeclaredRelation.Parent(WParent, W), DeclaredRelation.Parent(WParent, Z),
    ]);

    private static readonly CarerCode Carers = new("C-CONFLICT");
    private static readonly ValueArray<Relative> OnlyC1 = Family.RelativesOf(C1);
    private static readonly ValueArray<Relative> Household = Family.RelativesOfHousehold([C1, W]);
    private static readonly LocalDate Provision = new(2026, 4, 1);

    private static ValueArray<Finding> Evaluate(ProceedingParticipants participants, LocalDate? provision = null, ValueArray<Relative>? relatives = null, MinorCode? minor = null)
    {
        var evaluation = RuleEvaluator.Default.Evaluate(new ProposedPlacement(Carers, relatives ?? OnlyC1, participants, provision ?? Provision, minor), provision ?? Provision);
        Assert.True(evaluation.IsValid, evaluation.Describe());
        return evaluation.Findings;
    }

    [Fact]
    public void A_judge_who_is_the_carers_first_cousin_4th_degree_bars_the_placement()
    {
        var finding = Assert.Single(Evaluate(new ProceedingParticipants(Judges: [Q]), minor: MinorA));
        Assert.Equal(RuleCodes.CarerConflictOfInterest, finding.Code);
        Assert.Equal(LegalFactCodes.CarerConflictOfInterest, finding.Code);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("L. 184/1983 art. 2 c. 1.1 (D.Lgs. 149/2022)", finding.Source.Citation);
        Assert.Contains("4th degree of the judge", finding.Message.English, StringComparison.Ordinal);
        Assert.Contains("4° grado del giudice", finding.Message.Italian, StringComparison.Ordinal);
        Assert.Equal(MinorA, finding.Minor);
        Assert.Equal(Carers, finding.Carer);
    }

    [Fact]
    public void A_court_expert_in_the_5th_degree_does_not()
        => Assert.Empty(Evaluate(new ProceedingParticipants(CourtExperts: [R])));

    [Fact]
    public void An_in_law_social_worker_bars_the_placement()
        => Assert.Contains("in-laws in the 2nd degree", Assert.Single(Evaluate(new ProceedingParticipants(SocialWorkers: [Z]))).Message.English, StringComparison.Ordinal);

    [Fact]
    public void One_finding_per_participant_concerned()
        => Assert.Equal(3, Evaluate(new ProceedingParticipants([Q, new PersonCode("J-OTHER")], [G], [Z, R])).Count);

    [Fact]
    public void Provisions_before_28_February_2023_are_not_barred()
    {
        var participants = new ProceedingParticipants(Judges: [Q]);
        Assert.Empty(Evaluate(participants, new LocalDate(2023, 2, 27)));
        Assert.Single(Evaluate(participants, new LocalDate(2023, 2, 28)));
    }

    [Fact]
    public void A_stored_relation_beyond_the_4th_degree_does_not_bar()
        => Assert.Empty(Evaluate(new ProceedingParticipants(Judges: [Q]), relatives: [new Relative(Q, 5)]));

    // Issue 13: the rule takes the household's merged relatives, computed by the library, not a whole carer.
    [Fact]
    public void The_households_merged_relatives_include_each_members_own()
    {
        // W's parent is W's relative in the 1st degree, C1's in-law in the 1st degree: the household keeps blood.
        Assert.Contains(new Relative(WParent, 1, KinshipKind.Blood), Household);
        Assert.Contains(new Relative(Q, 4, KinshipKind.Blood), Household);
        Assert.DoesNotContain(Household, r => r.Person == C1 || r.Person == W);
        var finding = Assert.Single(Evaluate(new ProceedingParticipants(CourtExperts: [WParent]), relatives: Household));
        Assert.Contains("relatives in the 1st degree of the court expert", finding.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void A_provision_dated_after_the_evaluation_date_is_judged_by_the_law_of_its_own_date()
    {
        var proposal = new ProposedPlacement(Carers, OnlyC1, new ProceedingParticipants(Judges: [Q]), new LocalDate(2023, 3, 1));
        Assert.Single(RuleEvaluator.Default.Evaluate(proposal, new LocalDate(2023, 1, 15)).Findings);
    }

    [Fact]
    public void A_blank_participant_code_is_a_validation_failure()
    {
        var evaluation = RuleEvaluator.Default.Evaluate(new ProposedPlacement(Carers, OnlyC1, new ProceedingParticipants(Judges: [new PersonCode(" ")]), Provision), Provision);
        Assert.True(evaluation.Fails("Participants.Judges[0]", ValidationCodes.CodeEmpty), evaluation.Describe());
    }
}
