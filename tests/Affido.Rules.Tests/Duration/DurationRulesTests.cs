using Affido.Domain;
using NodaTime;

namespace Affido.Rules.Tests;

public class DurationMissingRuleTests
{
    [Fact]
    public void A_plan_without_a_presumed_duration_is_an_error()
    {
        var evaluation = Fixture.Evaluate(Fixture.Plan() with { PresumedDuration = null });
        CatalogueAssert.Single(evaluation, RuleCodes.DurationMissing, Severity.Error, "L. 184/1983 art. 4 c. 4; Reg. art. 8 a");
        evaluation.HasNo(RuleCodes.PlanElementMissing);
    }

    [Fact]
    public void A_plan_with_a_presumed_duration_has_none()
        => Fixture.Evaluate(Fixture.Plan()).HasNo(RuleCodes.DurationMissing);
}

public class DurationMaximumRuleTests
{
    private const string Source = "L. 184/1983 art. 4 c. 4";

    [Fact]
    public void Exactly_24_months_is_allowed()
        => Fixture.Evaluate(Fixture.Plan() with { PresumedDuration = Period.FromMonths(24) }).HasNo(RuleCodes.DurationExceedsMaximum);

    [Fact]
    public void Twenty_four_months_and_one_day_exceed_the_maximum()
    {
        var plan = Fixture.Plan() with { PresumedDuration = Period.FromMonths(24) + Period.FromDays(1) };
        var finding = CatalogueAssert.Single(Fixture.Evaluate(plan), RuleCodes.DurationExceedsMaximum, Severity.Error, Source);
        Assert.Equal(Fixture.Start.PlusMonths(24), finding.Date(FindingDateRole.Maximum));
        Assert.Equal(Fixture.Start.PlusMonths(24).PlusDays(1), finding.Date(FindingDateRole.PlannedEnd));
    }

    [Fact]
    public void The_24_months_follow_art_2963_on_the_last_day_of_a_shorter_month()
    {
        // 31 August 2024 + 24 months = 31 August 2026; 29 February 2024 + 24 months = 28 February 2026.
        var start = new LocalDate(2024, 2, 29);
        var placement = Fixture.Placement() with { Start = start };
        Assert.Equal(new LocalDate(2026, 2, 28), PlacementTerm.Of(placement, Fixture.Plan() with { PresumedDuration = Period.FromMonths(24) }).Maximum);
        var exactlyToTheMaximum = Fixture.Plan() with { PresumedDuration = Period.FromDays(Period.DaysBetween(start, new LocalDate(2026, 2, 28))) };
        Fixture.Evaluate(placement, exactlyToTheMaximum, start).HasNo(RuleCodes.DurationExceedsMaximum);
        var oneMore = Fixture.Plan() with { PresumedDuration = Period.FromDays(Period.DaysBetween(start, new LocalDate(2026, 3, 1))) };
        Fixture.Evaluate(placement, oneMore, start).Has(RuleCodes.DurationExceedsMaximum);
    }

    private static readonly LocalDate OldStart = new(2021, 3, 1);
    private static readonly PlacementPlan ThirtyMonths = Fixture.Plan() with { PresumedDuration = Period.FromMonths(30) };

    private static Placement ExtendedOn(LocalDate decreedOn, bool onProsecutorRequest, HarmGround ground)
        => Fixture.Judicial() with { Start = OldStart, Extensions = [new Extension(decreedOn, OldStart.PlusMonths(30), onProsecutorRequest, ground)] };

    /// <summary>Judged on the day of the extension's decree, the first day it counts.</summary>
    private static RuleEvaluation AtDecree(Placement placement) => Fixture.Evaluate(placement, ThirtyMonths, placement.Extensions[0].DecreedOn);

    [Fact]
    public void An_extension_for_harm_decreed_on_27_February_2023_lifts_the_maximum_under_the_old_text()
        => AtDecree(ExtendedOn(new LocalDate(2023, 2, 27), false, HarmGround.Harm)).HasNo(RuleCodes.DurationExceedsMaximum);

    [Fact]
    public void The_same_extension_decreed_on_28_February_2023_does_not_under_the_Cartabia_text()
    {
        var finding = CatalogueAssert.Single(AtDecree(ExtendedOn(RuleValidity.CartabiaReform, false, HarmGround.Harm)), RuleCodes.DurationExceedsMaximum, Severity.Error, Source);
        Assert.Equal(RuleValidity.CartabiaReform, finding.Date(FindingDateRole.Provision));
    }

    [Fact]
    public void Since_28_February_2023_an_extension_on_the_prosecutors_request_for_serious_harm_lifts_it()
        => AtDecree(ExtendedOn(RuleValidity.CartabiaReform, true, HarmGround.SeriousHarm)).HasNo(RuleCodes.DurationExceedsMaximum);

    [Fact]
    public void Since_28_February_2023_an_extension_on_request_but_for_mere_harm_does_not()
        => AtDecree(ExtendedOn(RuleValidity.CartabiaReform, true, HarmGround.Harm)).Has(RuleCodes.DurationExceedsMaximum);

    private static RuleContext On(LocalDate asOf) => new(asOf, asOf.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant(), DistrictPolicy.Default);

    [Fact]
    public void The_same_facts_judged_by_both_versions()
    {
        var facts = new PlacementFacts(ExtendedOn(new LocalDate(2022, 12, 1), false, HarmGround.Harm), ThirtyMonths);
        var before = DurationMaximumRule.BeforeCartabia;
        var since = DurationMaximumRule.SinceCartabia;
        Assert.Empty(before.Evaluate(facts, On(OldStart)));
        Assert.Single(since.Evaluate(facts, On(OldStart)));
        Assert.True(before.Validity.AppliesTo(before.ProvisionDate(facts, On(OldStart))));
        Assert.False(since.Validity.AppliesTo(since.ProvisionDate(facts, On(OldStart))));
    }

    [Fact]
    public void Without_extensions_the_start_decides_the_version()
    {
        var facts = new PlacementFacts(Fixture.Placement() with { Start = OldStart }, ThirtyMonths);
        Assert.Equal(OldStart, DurationMaximumRule.SinceCartabia.ProvisionDate(facts, On(OldStart)));
        Assert.Single(Fixture.Evaluate(facts.Placement, ThirtyMonths, OldStart).Only(RuleCodes.DurationExceedsMaximum));
    }

    // Issue 13: an extension clears the finding only when it reaches the presumed end (start + 30 months).
    private static readonly LocalDate PresumedEnd = Fixture.Start.PlusMonths(30);

    private static RuleEvaluation ExtendedUntil(LocalDate until)
    {
        var placement = Fixture.Judicial() with { Extensions = [new Extension(Fixture.Start.PlusMonths(20), until, true, HarmGround.SeriousHarm)] };
        return Fixture.Evaluate(placement, ThirtyMonths, Fixture.Start.PlusMonths(21));
    }

    [Fact]
    public void An_extension_ending_the_day_before_the_presumed_end_does_not_cover_it()
    {
        var finding = CatalogueAssert.Single(ExtendedUntil(PresumedEnd.PlusDays(-1)), RuleCodes.DurationExceedsMaximum, Severity.Error, Source);
        Assert.Equal(PresumedEnd, finding.Date(FindingDateRole.PlannedEnd));
        Assert.Equal(Fixture.Start.PlusMonths(20), finding.Date(FindingDateRole.Provision));
    }

    [Fact]
    public void An_extension_ending_on_the_presumed_end_covers_it()
        => ExtendedUntil(PresumedEnd).HasNo(RuleCodes.DurationExceedsMaximum);

    [Fact]
    public void An_extension_ending_after_the_presumed_end_covers_it()
        => ExtendedUntil(PresumedEnd.PlusDays(1)).HasNo(RuleCodes.DurationExceedsMaximum);

    [Fact]
    public void Before_Cartabia_too_an_extension_must_reach_the_presumed_end()
    {
        var shortExtension = ExtendedOn(new LocalDate(2023, 2, 27), false, HarmGround.Harm) with
        {
            Extensions = [new Extension(new LocalDate(2023, 2, 27), OldStart.PlusMonths(30).PlusDays(-1), false, HarmGround.Harm)],
        };
        var finding = CatalogueAssert.Single(Fixture.Evaluate(shortExtension, ThirtyMonths, OldStart.PlusMonths(25)), RuleCodes.DurationExceedsMaximum, Severity.Error, Source);
        Assert.Contains("no extension by the juvenile court covers it", finding.Message.English, StringComparison.Ordinal);
    }

    // Issue 13: an extension counts from the date of its decree.
    [Fact]
    public void An_extension_decreed_after_the_evaluation_date_does_not_count_yet()
    {
        var decreed = Fixture.Start.PlusMonths(20);
        var placement = Fixture.Judicial() with { Extensions = [new Extension(decreed, PresumedEnd, true, HarmGround.SeriousHarm)] };
        var dayBefore = Fixture.Evaluate(placement, ThirtyMonths, decreed.PlusDays(-1));
        CatalogueAssert.Single(dayBefore, RuleCodes.DurationExceedsMaximum, Severity.Error, Source);
        Fixture.Evaluate(placement, ThirtyMonths, decreed).HasNo(RuleCodes.DurationExceedsMaximum);
        Fixture.Evaluate(placement, ThirtyMonths, decreed.PlusDays(1)).HasNo(RuleCodes.DurationExceedsMaximum);
    }
}

public class DurationExpiryRuleTests
{
    // The fixture's planned end: 15 January 2025 + 12 months = 15 January 2026; notice from 90 days before.
    private static readonly LocalDate End = Fixture.Start.PlusMonths(12);
    private static readonly LocalDate NoticeFrom = End.PlusDays(-90);

    private static RuleEvaluation On(LocalDate asOf, Placement? placement = null)
    {
        var p = placement ?? Fixture.Placement();
        // Keep verifications and reports up to date so only the expiry is judged.
        var verifications = Enumerable.Range(1, 12).Select(i => new Verification(Fixture.Start.PlusMonths(i * 2))).Where(v => v.HeldOn <= asOf).ToValueArray();
        var reports = Enumerable.Range(1, 6).Select(i => new CourtReport(Fixture.Start.PlusMonths(i * 5), Authority.GuardianshipJudge)).Where(r => r.SentOn <= asOf).ToValueArray();
        return Fixture.Evaluate(p with { Verifications = verifications, CourtReports = reports }, asOf);
    }

    [Fact]
    public void The_day_before_the_notice_window_nothing_is_reported()
    {
        var evaluation = On(NoticeFrom.PlusDays(-1));
        Assert.Empty(evaluation.Findings);
    }

    [Fact]
    public void On_the_first_day_of_the_notice_window_the_placement_is_expiring()
    {
        var finding = CatalogueAssert.Single(On(NoticeFrom), RuleCodes.DurationExpiring, Severity.Warning, "policy");
        Assert.Equal(End, finding.Date(FindingDateRole.PlannedEnd));
    }

    [Fact]
    public void On_the_planned_end_it_is_expiring_not_expired()
    {
        var evaluation = On(End);
        evaluation.Has(RuleCodes.DurationExpiring);
        evaluation.HasNo(RuleCodes.DurationExpired);
    }

    [Fact]
    public void The_day_after_the_planned_end_it_is_expired()
    {
        var evaluation = On(End.PlusDays(1));
        var finding = CatalogueAssert.Single(evaluation, RuleCodes.DurationExpired, Severity.Error, "L. 184/1983 art. 4 c. 4");
        Assert.Equal(End.PlusDays(1), finding.Date(FindingDateRole.OverdueSince));
        evaluation.HasNo(RuleCodes.DurationExpiring);
    }

    [Fact]
    public void The_notice_window_comes_from_the_policy()
    {
        var policy = DistrictPolicy.Default with { ExpiryNoticeWindow = Period.FromDays(30) };
        Fixture.Evaluate(Fixture.Placement(), Fixture.Plan(), End.PlusDays(-31), policy).HasNo(RuleCodes.DurationExpiring);
        Fixture.Evaluate(Fixture.Placement(), Fixture.Plan(), End.PlusDays(-30), policy).Has(RuleCodes.DurationExpiring);
    }

    [Fact]
    public void An_ended_placement_is_neither_expiring_nor_expired()
    {
        var ended = Fixture.Placement() with { End = new PlacementEnd(End.PlusDays(-100), EndReason.ReturnToFamily) };
        On(End.PlusDays(1), ended).HasNo(RuleCodes.DurationExpired);
        On(End.PlusDays(-10), ended).HasNo(RuleCodes.DurationExpiring);
    }

    [Fact]
    public void A_counting_extension_moves_the_planned_end()
    {
        var extended = Fixture.Judicial() with { Extensions = [new Extension(End.PlusDays(-30), End.PlusMonths(6), true, HarmGround.SeriousHarm)] };
        var evaluation = Fixture.Evaluate(extended, Fixture.Plan(), End.PlusDays(1));
        evaluation.HasNo(RuleCodes.DurationExpired);
        evaluation.HasNo(RuleCodes.DurationExpiring);
        Fixture.Evaluate(extended, Fixture.Plan(), End.PlusMonths(6).PlusDays(1)).Has(RuleCodes.DurationExpired);
    }

    [Fact]
    public void An_extension_that_does_not_count_does_not_move_it()
    {
        var extended = Fixture.Judicial() with { Extensions = [new Extension(End.PlusDays(-30), End.PlusMonths(6), false, HarmGround.Harm)] };
        Fixture.Evaluate(extended, Fixture.Plan(), End.PlusDays(1)).Has(RuleCodes.DurationExpired);
    }
}

public class ComingOfAgeRuleTests
{
    private static readonly LocalDate End = Fixture.Start.PlusMonths(12);

    private static RuleEvaluation WithBirth(LocalDate birth, LocalDate? planEnd = null, DistrictPolicy? policy = null)
    {
        var placement = Fixture.Placement() with
        {
            Minors = [Fixture.Minor(birth)],
            Hearings = [new Hearing(Fixture.MinorA, Fixture.Start)],
            Consents = [new WrittenConsent(ConsentParty.Parents, Fixture.Start), new WrittenConsent(ConsentParty.Minor, Fixture.Start, Fixture.MinorA)],
        };
        var plan = Fixture.Plan() with { PresumedDuration = Period.FromDays(Period.DaysBetween(Fixture.Start, planEnd ?? End)) };
        return Fixture.Evaluate(placement, plan, Fixture.AsOf, policy);
    }

    [Fact]
    public void An_18th_birthday_on_the_planned_end_is_not_reported()
        => WithBirth(End.PlusYears(-18)).HasNo(RuleCodes.MinorComesOfAge);

    [Fact]
    public void An_18th_birthday_the_day_before_the_planned_end_is_reported()
    {
        var finding = CatalogueAssert.Single(WithBirth(End.PlusYears(-18).PlusDays(-1)), RuleCodes.MinorComesOfAge, Severity.Warning, "L. 184/1983 art. 4; policy");
        Assert.Equal(End.PlusDays(-1), finding.Date(FindingDateRole.Birthday));
        Assert.Equal(End, finding.Date(FindingDateRole.PlannedEnd));
        Assert.Equal(Fixture.MinorA, finding.Minor);
    }

    [Theory]
    [InlineData(LeapDayBirthdayRule.FirstOfMarch, false)]
    [InlineData(LeapDayBirthdayRule.TwentyEighthOfFebruary, true)]
    public void A_29_February_birth_comes_of_age_per_the_policy(LeapDayBirthdayRule rule, bool expected)
    {
        // Born 29 February 2008: 18 on 1 March 2026 (adult from 2 March) or on 28 February 2026 (adult from 1 March).
        var evaluation = WithBirth(new LocalDate(2008, 2, 29), new LocalDate(2026, 3, 1), DistrictPolicy.Default with { LeapDayBirthday = rule });
        Assert.Equal(expected, evaluation.Only(RuleCodes.MinorComesOfAge).Count == 1);
    }
}
