using Affido.Domain;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using static Affido.Rules.Tests.Judicial.JudicialFixtures;

namespace Affido.Rules.Tests.Judicial;

public sealed class ExtensionSignalRuleTests
{
    private static readonly LocalDate Start = new(2023, 3, 1);
    private static readonly PlacementPlan TwoYears = new() { PresumedDuration = Period.FromMonths(24) };

    // Planned end 2025-03-01; with the default 90-day window the signal is expected from 2024-12-01.
    private static readonly LocalDate End = new(2025, 3, 1);
    private static readonly LocalDate WindowStart = new(2024, 12, 1);

    private static Finding[] Evaluate(Placement placement, LocalDate asOf, PlacementPlan? plan = null)
        => [.. ExtensionSignalDueRule.Instance.Evaluate(new PlacementContext(placement, plan ?? TwoYears, asOf, DistrictPolicy.Default))];

    private static string[] EngineCodes(Placement placement, LocalDate asOf)
        => [.. PlacementRules.Default.Evaluate(placement, TwoYears, asOf).WithCode(ExtensionSignalDueRule.Code).Select(f => f.Code)];

    [Fact]
    public void Not_due_the_day_before_the_notice_window()
        => Assert.Empty(Evaluate(Placement(Start), WindowStart.PlusDays(-1)));

    [Fact]
    public void Due_on_the_first_day_of_the_notice_window_without_a_signal()
    {
        var finding = Assert.Single(Evaluate(Placement(Start), WindowStart));
        Assert.Equal(ExtensionSignalDueRule.Code, finding.Code);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("L. 184/1983 art. 4 c. 4 (D.Lgs. 149/2022)", finding.Source);
        Assert.Contains(new FindingDate(FindingDateRole.PlannedEnd, End), finding.Dates);
        Assert.Contains(new FindingDate(FindingDateRole.Due, WindowStart), finding.Dates);
    }

    [Fact]
    public void Due_until_the_planned_end_and_not_after_it()
    {
        Assert.Single(Evaluate(Placement(Start), End));
        Assert.Empty(Evaluate(Placement(Start), End.PlusDays(1)));
    }

    [Fact]
    public void A_signal_sent_during_the_term_and_by_the_evaluation_date_satisfies_it()
    {
        var placement = Placement(Start) with { ExtensionSignals = [new ExtensionSignal(new LocalDate(2024, 11, 15))] };
        Assert.Empty(Evaluate(placement, WindowStart.PlusDays(10)));
        var notYet = Placement(Start) with { ExtensionSignals = [new ExtensionSignal(WindowStart.PlusDays(20))] };
        Assert.Single(Evaluate(notYet, WindowStart.PlusDays(10)));
    }

    [Fact]
    public void After_a_counting_extension_the_new_end_and_a_new_signal_count()
    {
        var extension = new Extension(new LocalDate(2025, 2, 10), new LocalDate(2026, 2, 10), OnProsecutorRequest: true, HarmGround.SeriousHarm);
        var oldSignal = new ExtensionSignal(new LocalDate(2024, 12, 5));
        var placement = Placement(Start, extension) with { ExtensionSignals = [oldSignal] };
        var finding = Assert.Single(Evaluate(placement, new LocalDate(2025, 11, 20)));
        Assert.Contains(new FindingDate(FindingDateRole.PlannedEnd, new LocalDate(2026, 2, 10)), finding.Dates);
        Assert.Empty(Evaluate(placement, new LocalDate(2025, 11, 11)));
        var signalledAgain = placement with { ExtensionSignals = [oldSignal, new ExtensionSignal(new LocalDate(2025, 11, 1))] };
        Assert.Empty(Evaluate(signalledAgain, new LocalDate(2025, 11, 20)));
    }

    [Fact]
    public void No_planned_end_or_an_ended_placement_gives_no_finding()
    {
        Assert.Empty(Evaluate(Placement(Start), WindowStart, new PlacementPlan { }));
        var ended = Placement(Start) with { End = new PlacementEnd(WindowStart.PlusDays(-1), EndReason.ReturnToFamily) };
        Assert.Empty(Evaluate(ended, WindowStart));
    }

    [Fact]
    public void The_notice_window_comes_from_the_district_policy()
    {
        var policy = DistrictPolicy.Default with { ExpiryNoticeWindow = Period.FromDays(30) };
        var context = new PlacementContext(Placement(Start), TwoYears, new LocalDate(2025, 1, 29), policy);
        Assert.Empty(ExtensionSignalDueRule.Instance.Evaluate(context));
        Assert.Single(ExtensionSignalDueRule.Instance.Evaluate(context with { AsOf = new LocalDate(2025, 1, 30) }));
    }

    [Fact]
    public void The_same_facts_judged_under_both_versions_through_the_catalogue()
    {
        // Same facts, same evaluation day inside the window; only the date of the provision differs.
        var since = Placement(new LocalDate(2023, 2, 28));
        var before = Placement(new LocalDate(2023, 2, 27));
        var asOf = new LocalDate(2024, 12, 20);
        Assert.Equal([ExtensionSignalDueRule.Code], EngineCodes(since, asOf));
        Assert.Empty(EngineCodes(before, asOf));
        Assert.Same(ExtensionSignalDueRule.Instance, ExtensionSignalRules.VersionFor(since.Start));
        Assert.Same(ExtensionSignalNotRequiredRule.Instance, ExtensionSignalRules.VersionFor(before.Start));
        Assert.Empty(ExtensionSignalNotRequiredRule.Instance.Evaluate(new PlacementContext(before, TwoYears, asOf, DistrictPolicy.Default)));
    }

    [Fact]
    public void Both_versions_are_registered_in_the_catalogue()
    {
        Assert.Contains(ExtensionSignalDueRule.Instance, RuleCatalogue.All);
        Assert.Contains(ExtensionSignalNotRequiredRule.Instance, RuleCatalogue.All);
    }

    [Fact]
    public void The_version_picked_for_a_provision_before_28_February_2023_is_never_the_new_one_and_vice_versa()
    {
        var reform = RuleValidity.CartabiaReform;
        var gen =
            from offset in Gen.Choose(-20_000, 20_000)
            select reform.PlusDays(offset);
        Prop.ForAll(Arb.From(gen), date =>
        {
            var picked = ExtensionSignalRules.VersionFor(date);
            var applicable = ExtensionSignalRules.Versions.Count(v => v.Validity.AppliesTo(date));
            return applicable == 1
                && (date < reform
                    ? !ReferenceEquals(picked, ExtensionSignalDueRule.Instance) && picked.Validity.Until < reform
                    : ReferenceEquals(picked, ExtensionSignalDueRule.Instance) && picked.Validity.From == reform);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(500));
    }

    [Fact]
    public void Through_the_engine_a_placement_started_before_the_reform_never_gets_the_warning_and_one_since_does()
    {
        var gen =
            from startOffset in Gen.Choose(-800, 800)
            from evalOffset in Gen.Choose(0, 60)
            select (start: RuleValidity.CartabiaReform.PlusDays(startOffset), evalOffset);
        Prop.ForAll(Arb.From(gen), t =>
        {
            var placement = Placement(t.start);
            var asOf = t.start.PlusMonths(24).PlusDays(-90 + t.evalOffset);
            var warned = EngineCodes(placement, asOf).Length == 1;
            return t.start < RuleValidity.CartabiaReform ? !warned : warned;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(200));
    }
}
