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

    private static readonly FosterCarer Carer = JudicialFixtures.Carer("C-CONFLICT", Family.RelativesOf(C1));
    private static readonly LocalDate Provision = new(2026, 4, 1);

    [Fact]
    public void A_judge_who_is_the_carers_first_cousin_4th_degree_bars_the_placement()
    {
        var finding = Assert.Single(ConflictOfInterestRule.Evaluate(Carer, new ProceedingParticipants(Judges: [Q]), Provision, MinorA));
        Assert.Equal(ConflictOfInterestRule.Code, finding.Code);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("L. 184/1983 art. 2 c. 1.1 (D.Lgs. 149/2022)", finding.Source);
        Assert.Contains("4th degree of the judge", finding.Message.English, StringComparison.Ordinal);
        Assert.Equal(MinorA, finding.Minor);
    }

    [Fact]
    public void A_court_expert_in_the_5th_degree_does_not()
        => Assert.Empty(ConflictOfInterestRule.Evaluate(Carer, new ProceedingParticipants(CourtExperts: [R]), Provision));

    [Fact]
    public void An_in_law_social_worker_bars_the_placement()
    {
        var conflict = Assert.Single(ConflictOfInterestRule.ConflictsOf(Carer, new ProceedingParticipants(SocialWorkers: [Z])));
        Assert.Equal(ParticipantRole.SocialWorker, conflict.Role);
        Assert.Equal(new Relative(Z, 2, KinshipKind.Affinity), conflict.Relation);
        Assert.Contains("in-laws in the 2nd degree", Assert.Single(ConflictOfInterestRule.Evaluate(Carer, new ProceedingParticipants(SocialWorkers: [Z]), Provision)).Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void One_finding_per_participant_concerned()
    {
        var participants = new ProceedingParticipants([Q, new PersonCode("J-OTHER")], [G], [Z, R]);
        Assert.Equal(3, ConflictOfInterestRule.Evaluate(Carer, participants, Provision).Count());
    }

    [Fact]
    public void Provisions_before_28_February_2023_are_not_barred()
    {
        var participants = new ProceedingParticipants(Judges: [Q]);
        Assert.Empty(ConflictOfInterestRule.Evaluate(Carer, participants, new LocalDate(2023, 2, 27)));
        Assert.Single(ConflictOfInterestRule.Evaluate(Carer, participants, new LocalDate(2023, 2, 28)));
    }

    [Fact]
    public void A_carer_whose_stored_relation_is_beyond_the_4th_degree_is_not_barred()
    {
        var carer = JudicialFixtures.Carer("C-FAR", [new Relative(Q, 5)]);
        Assert.Empty(ConflictOfInterestRule.ConflictsOf(carer, new ProceedingParticipants(Judges: [Q])));
    }
}
