using Affido.Domain;
using NodaTime;

namespace Affido.Rules.Tests;

/// <summary>
/// Issue 13: an act counts from the day it bears. For every kind of dated act a rule reads, judged the day before the
/// act (not done yet: the rule reports what is missing, and the later act is not an error), the day of it and the day
/// after (done).
/// </summary>
public class ActsCountFromTheirDateTests
{
    private static readonly LocalDate Act = Fixture.Start.PlusDays(20);

    /// <summary>The evaluations of the day before <paramref name="act"/>, the day of it and the day after.</summary>
    private static (RuleEvaluation Before, RuleEvaluation On, RuleEvaluation After) Around(LocalDate act, Placement placement, PlacementPlan? plan = null)
        => (Fixture.Evaluate(placement, plan ?? Fixture.Plan(), act.PlusDays(-1)),
            Fixture.Evaluate(placement, plan ?? Fixture.Plan(), act),
            Fixture.Evaluate(placement, plan ?? Fixture.Plan(), act.PlusDays(1)));

    private static void MissingUntil(LocalDate act, string code, Placement placement, PlacementPlan? plan = null)
    {
        var (before, on, after) = Around(act, placement, plan);
        before.Has(code);
        on.HasNo(code);
        after.HasNo(code);
    }

    [Fact]
    public void The_parents_consent()
        => MissingUntil(Act, RuleCodes.ParentsConsentMissing, Fixture.Placement() with { Consents = [new WrittenConsent(ConsentParty.Parents, Act)] });

    [Fact]
    public void The_minors_consent()
    {
        var placement = Fixture.Placement() with
        {
            Minors = [Fixture.Minor(Fixture.Start.PlusYears(-15))],
            Hearings = [new Hearing(Fixture.MinorA, Fixture.Start)],
            Consents = [new WrittenConsent(ConsentParty.Parents, Fixture.Start), new WrittenConsent(ConsentParty.Minor, Act, Fixture.MinorA)],
        };
        MissingUntil(Act, RuleCodes.MinorConsentMissing, placement);
    }

    [Fact]
    public void The_hearing_of_the_minor()
    {
        var placement = Fixture.Placement() with { Minors = [Fixture.Minor(Fixture.Start.PlusYears(-13))], Hearings = [new Hearing(Fixture.MinorA, Act)] };
        MissingUntil(Act, RuleCodes.MinorHearingMissing, placement);
    }

    [Fact]
    public void The_carers_commitment()
        => MissingUntil(Act, RuleCodes.CarersCommitmentMissing, Fixture.Placement() with { Commitment = new CarerCommitment(Act) });

    [Fact]
    public void The_guardianship_judges_decree()
        => MissingUntil(Act, RuleCodes.GuardianshipJudgeDecreeMissing, Fixture.Placement() with { Decrees = [new Decree(Authority.GuardianshipJudge, Act, "GT 1/2025")] });

    [Fact]
    public void The_juvenile_courts_decree()
        => MissingUntil(Act, RuleCodes.JuvenileCourtDecreeMissing, Fixture.Judicial() with { Decrees = [new Decree(Authority.JuvenileCourt, Act, "TM 1/2025")] });

    [Fact]
    public void A_plan_signature()
    {
        var plan = Fixture.Plan();
        plan = plan with { Signatures = plan.Signatures.Where(s => s.By != Signatory.FosterCareService).Append(new PlanSignature(Signatory.FosterCareService, Act)).ToValueArray() };
        MissingUntil(Act, RuleCodes.PlanSignatureMissing, Fixture.Placement(), plan);
    }

    [Fact]
    public void The_urgent_documents_listed_as_pending()
    {
        var urgent = Fixture.Placement() with { IsUrgent = true, Consents = [], Decrees = [], Commitment = new CarerCommitment(Act) };
        var (before, on, after) = Around(Act, urgent);
        Assert.Contains("commitment", Assert.Single(before.Only(RuleCodes.UrgentDocumentsPending)).Message.English, StringComparison.Ordinal);
        Assert.DoesNotContain("commitment", Assert.Single(on.Only(RuleCodes.UrgentDocumentsPending)).Message.English, StringComparison.Ordinal);
        Assert.DoesNotContain("commitment", Assert.Single(after.Only(RuleCodes.UrgentDocumentsPending)).Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void The_last_urgent_document_clears_the_overdue_error_from_its_date()
    {
        var late = Fixture.Start.PlusDays(45);
        var urgent = Fixture.Placement() with { IsUrgent = true, Decrees = [new Decree(Authority.GuardianshipJudge, late, "GT 9/2025")] };
        var (before, on, after) = Around(late, urgent);
        before.Has(RuleCodes.UrgentDocumentsOverdue);
        before.Has(RuleCodes.GuardianshipJudgeDecreeMissing);
        on.HasNo(RuleCodes.UrgentDocumentsOverdue);
        after.HasNo(RuleCodes.UrgentDocumentsOverdue);
    }

    [Fact]
    public void An_extension_moves_the_planned_end_from_its_decree()
    {
        // Planned end 15 January 2026; an extension decreed on 20 January 2026 (after the end) until 15 July 2026.
        var end = Fixture.Start.PlusMonths(12);
        var decreed = end.PlusDays(5);
        var extended = Fixture.Judicial() with { Extensions = [new Extension(decreed, end.PlusMonths(6), true, HarmGround.SeriousHarm)] };
        var (before, on, after) = Around(decreed, extended);
        before.Has(RuleCodes.DurationExpired);
        on.HasNo(RuleCodes.DurationExpired);
        after.HasNo(RuleCodes.DurationExpired);
    }

    [Fact]
    public void An_extension_decreed_later_does_not_make_a_minor_come_of_age_yet()
    {
        // 18 on 1 March 2026, after the planned end (15 January 2026): an extension to 15 July 2026 decreed on 1 December 2025.
        var decreed = new LocalDate(2025, 12, 1);
        var placement = Fixture.Judicial() with
        {
            Minors = [Fixture.Minor(new LocalDate(2008, 3, 1))],
            Hearings = [new Hearing(Fixture.MinorA, Fixture.Start)],
            Extensions = [new Extension(decreed, Fixture.Start.PlusMonths(18), true, HarmGround.SeriousHarm)],
        };
        var (before, on, after) = Around(decreed, placement);
        before.HasNo(RuleCodes.MinorComesOfAge);
        on.Has(RuleCodes.MinorComesOfAge);
        after.Has(RuleCodes.MinorComesOfAge);
    }

    [Fact]
    public void An_end_dated_later_leaves_the_placement_running_until_then()
    {
        // 18 on 1 March 2026, before the planned end of a 24-month plan; the placement ends on 15 June 2025.
        var endOn = new LocalDate(2025, 6, 15);
        var placement = Fixture.Placement() with
        {
            Minors = [Fixture.Minor(new LocalDate(2008, 3, 1))],
            Hearings = [new Hearing(Fixture.MinorA, Fixture.Start)],
            Consents = [new WrittenConsent(ConsentParty.Parents, Fixture.Start), new WrittenConsent(ConsentParty.Minor, Fixture.Start, Fixture.MinorA)],
            End = new PlacementEnd(endOn, EndReason.ReturnToFamily),
        };
        var plan = Fixture.Plan() with { PresumedDuration = Period.FromMonths(24) };
        var (dayBefore, on, dayAfter) = Around(endOn, placement, plan);
        dayBefore.Has(RuleCodes.MinorComesOfAge);
        on.HasNo(RuleCodes.MinorComesOfAge);
        dayAfter.HasNo(RuleCodes.MinorComesOfAge);
    }

    [Fact]
    public void A_signal_to_the_prosecutor()
    {
        // Planned end 2025-03-01 (start 2023-03-01 + 24 months): the window opens on 2024-12-01.
        var start = new LocalDate(2023, 3, 1);
        var sent = new LocalDate(2024, 12, 10);
        var placement = Fixture.Judicial() with
        {
            Start = start,
            Minors = [Fixture.Minor(new LocalDate(2015, 6, 10))],
            Decrees = [new Decree(Authority.JuvenileCourt, start, "TM 1/2023")],
            ExtensionSignals = [new ExtensionSignal(sent)],
        };
        MissingUntil(sent, RuleCodes.ExtensionSignalDue, placement, Fixture.Plan() with { PresumedDuration = Period.FromMonths(24) });
    }

    [Fact]
    public void A_verification()
    {
        var held = Fixture.Start.PlusMonths(3).PlusDays(10);
        var placement = Fixture.Placement() with { Verifications = [new Verification(held)] };
        MissingUntil(held, RuleCodes.VerificationOverdue, placement);
    }

    [Fact]
    public void A_court_report()
    {
        var sent = Fixture.Start.PlusMonths(6).PlusDays(10);
        var verified = Enumerable.Range(1, 3).Select(i => new Verification(Fixture.Start.PlusMonths(2 * i))).ToValueArray();
        var placement = Fixture.Placement() with { Verifications = verified, CourtReports = [new CourtReport(sent, Authority.GuardianshipJudge)] };
        MissingUntil(sent, RuleCodes.CourtReportOverdue, placement);
    }

    [Fact]
    public void Acts_dated_after_the_evaluation_date_are_not_validation_errors()
    {
        var placement = Fixture.Placement() with { Commitment = new CarerCommitment(Fixture.AsOf.PlusYears(1)), Decrees = [new Decree(Authority.GuardianshipJudge, Fixture.AsOf.PlusYears(2), "GT 2/2027")] };
        var evaluation = Fixture.Evaluate(placement);
        Assert.True(evaluation.IsValid, evaluation.Describe());
        evaluation.Has(RuleCodes.CarersCommitmentMissing);
        evaluation.Has(RuleCodes.GuardianshipJudgeDecreeMissing);
    }
}
