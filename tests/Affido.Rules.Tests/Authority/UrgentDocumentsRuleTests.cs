using Affido.Domain;
using NodaTime;

namespace Affido.Rules.Tests;

public class UrgentDocumentsRuleTests
{
    private static readonly LocalDate Deadline = Fixture.Start.PlusDays(30);

    private static Placement UrgentWithoutDocuments() => Fixture.Placement() with { IsUrgent = true, Consents = [], Commitment = null, Decrees = [] };

    [Fact]
    public void On_the_deadline_the_documents_are_pending_and_not_errors_one_by_one()
    {
        var evaluation = Fixture.Evaluate(UrgentWithoutDocuments(), Deadline);
        var finding = CatalogueAssert.Single(evaluation, RuleCodes.UrgentDocumentsPending, Severity.Warning, "Reg. art. 10");
        Assert.Equal(Deadline, finding.Date(FindingDateRole.Due));
        Assert.Contains("commitment", finding.Message.English, StringComparison.Ordinal);
        evaluation.HasNo(RuleCodes.UrgentDocumentsOverdue);
        evaluation.HasNo(RuleCodes.ParentsConsentMissing);
        evaluation.HasNo(RuleCodes.CarersCommitmentMissing);
        evaluation.HasNo(RuleCodes.GuardianshipJudgeDecreeMissing);
    }

    [Fact]
    public void The_day_after_the_deadline_they_are_overdue_and_each_is_an_error()
    {
        var evaluation = Fixture.Evaluate(UrgentWithoutDocuments(), Deadline.PlusDays(1));
        var finding = CatalogueAssert.Single(evaluation, RuleCodes.UrgentDocumentsOverdue, Severity.Error, "Reg. art. 10");
        Assert.Equal(Deadline.PlusDays(1), finding.Date(FindingDateRole.OverdueSince));
        evaluation.HasNo(RuleCodes.UrgentDocumentsPending);
        evaluation.Has(RuleCodes.ParentsConsentMissing);
        evaluation.Has(RuleCodes.CarersCommitmentMissing);
        evaluation.Has(RuleCodes.GuardianshipJudgeDecreeMissing);
    }

    [Fact]
    public void The_deadline_comes_from_the_policy()
    {
        var policy = DistrictPolicy.Default with { UrgentDocumentsDeadline = Period.FromDays(10) };
        Fixture.Evaluate(UrgentWithoutDocuments(), Fixture.Start.PlusDays(10), policy).Has(RuleCodes.UrgentDocumentsPending);
        Fixture.Evaluate(UrgentWithoutDocuments(), Fixture.Start.PlusDays(11), policy).Has(RuleCodes.UrgentDocumentsOverdue);
    }

    [Fact]
    public void An_urgent_placement_with_every_document_has_neither()
    {
        var evaluation = Fixture.Evaluate(Fixture.Placement() with { IsUrgent = true }, Deadline.PlusDays(1));
        evaluation.HasNo(RuleCodes.UrgentDocumentsPending);
        evaluation.HasNo(RuleCodes.UrgentDocumentsOverdue);
    }

    [Fact]
    public void A_placement_not_urgent_has_neither_and_its_missing_documents_are_errors_at_once()
    {
        var evaluation = Fixture.Evaluate(UrgentWithoutDocuments() with { IsUrgent = false }, Fixture.Start);
        evaluation.HasNo(RuleCodes.UrgentDocumentsPending);
        evaluation.Has(RuleCodes.CarersCommitmentMissing);
    }

    [Fact]
    public void The_hearing_is_not_deferred_by_the_urgent_procedure()
    {
        var placement = UrgentWithoutDocuments() with { Minors = [Fixture.Minor(Fixture.Start.PlusYears(-15))] };
        Fixture.Evaluate(placement, Fixture.Start).Has(RuleCodes.MinorHearingMissing);
        Assert.Contains("MIN-A", Assert.Single(Fixture.Evaluate(placement, Fixture.Start).Only(RuleCodes.UrgentDocumentsPending)).Message.English, StringComparison.Ordinal);
    }
}
