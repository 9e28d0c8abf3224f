using Affido.Domain;
using Affido.TestSupport;
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

    private static Finding[] Evaluate(Placement placement, LocalDate asOf, PlacementPlan? plan = null, DistrictPolicy? policy = null)
        => [.. Fixture.Evaluate(placement, plan ?? TwoYears, asOf, policy).Only(RuleCodes.ExtensionSignalDue)];

    private static string[] EngineCodes(Placement placement, LocalDate asOf) => [.. Evaluate(placement, asOf).Select(f => f.Code)];

    [Fact]
    public void Not_due_the_day_before_the_notice_window()
        => Assert.Empty(Evaluate(Placement(Start), WindowStart.PlusDays(-1)));

    [Fact]
    public void Due_on_the_first_day_of_the_notice_window_without_a_signal()
    {
        var finding = Assert.Single(Evaluate(Placement(Start), WindowStart));
        Assert.Equal(RuleCodes.ExtensionSignalDue, finding.Code);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("L. 184/1983 art. 4 c. 4 (D.Lgs. 149/2022)", finding.Source.Citation);
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
        Assert.Empty(Evaluate(Placement(Start), new LocalDate(2025, 1, 29), policy: policy));
        Assert.Single(Evaluate(Placement(Start), new LocalDate(2025, 1, 30), policy: policy));
    }

    [Fact]
    public void The_same_facts_judged_before_and_since_the_reform()
    {
        // Same facts, same evaluation day inside the window; only the date of the provision differs.
        var since = Placement(new LocalDate(2023, 2, 28));
        var before = Placement(new LocalDate(2023, 2, 27));
        var asOf = new LocalDate(2024, 12, 20);
        Assert.Equal([RuleCodes.ExtensionSignalDue], EngineCodes(since, asOf));
        Assert.Empty(EngineCodes(before, asOf));
    }

    [Fact]
    public void The_rule_is_registered_once_with_the_Cartabia_validity()
    {
        var rule = Assert.Single(RuleCatalogue.Default.RulesFor<PlacementFacts>(), r => r.Kinds.Any(k => k.Code == RuleCodes.ExtensionSignalDue));
        Assert.Equal(RuleValidity.SinceCartabia, rule.Validity);
    }

    [Property(MaxTest = 300)]
    public void A_placement_started_before_the_reform_never_gets_the_warning_and_one_since_does(int seed)
    {
        var random = new Random(seed);
        var start = RuleValidity.CartabiaReform.PlusDays(random.Next(-800, 801));
        var asOf = start.PlusMonths(24).PlusDays(-90 + random.Next(0, 61));
        bool warned = EngineCodes(Placement(start), asOf).Length == 1;
        Assert.Equal(start >= RuleValidity.CartabiaReform, warned);
    }
}
