using NodaTime;
using static Affido.Rules.Tests.Judicial.JudicialFixtures;

namespace Affido.Rules.Tests.Judicial;

public sealed class ServicePlacementRuleTests
{
    private const string Source = "L. 184/1983 art. 5-bis";

    private static readonly ServicePlacementOrder Complete = new()
    {
        IssuedOn = new LocalDate(2026, 2, 10),
        Minor = MinorA,
        PlacedWith = "famiglia affidataria C-001",
        ServiceActs = "iscrizione scolastica, cure sanitarie",
        PlacedWithActs = "atti di ordinaria amministrazione",
        ParentActs = "visite protette",
        ServiceTasks = "progetto di recupero della famiglia",
        Duration = Period.FromMonths(24),
        ReportInterval = Period.FromMonths(6),
        NotifiedOn = new LocalDate(2026, 2, 12),
        ResponsibleNamedOn = new LocalDate(2026, 2, 20),
    };

    private static readonly LocalDate AsOf = new(2026, 6, 1);

    private static IReadOnlyList<Finding> Evaluate(ServicePlacementOrder order, LocalDate? asOf = null)
        => RuleEvaluator.Default.Evaluate(order, asOf ?? AsOf).Only(RuleCodes.ServicePlacementElementMissing);

    private static IReadOnlyList<ServicePlacementDefect> Defects(ServicePlacementOrder order, LocalDate? asOf = null)
        => ServicePlacementRule.Defects(order.AsOf(asOf ?? AsOf), asOf ?? AsOf);

    [Fact]
    public void A_complete_order_gives_no_finding()
        => Assert.True(RuleEvaluator.Default.Evaluate(Complete, AsOf).IsClean);

    [Fact]
    public void One_finding_per_missing_element_each_naming_its_letter()
    {
        var findings = Evaluate(Complete with { PlacedWith = " ", ParentActs = null, ServiceTasks = null });
        Assert.Equal(3, findings.Count);
        Assert.All(findings, f => Assert.Equal(Severity.Error, f.Severity));
        Assert.All(findings, f => Assert.Equal(Source, f.Source.Citation));
        Assert.All(findings, f => Assert.Equal(MinorA, f.Minor));
        Assert.Contains(findings, f => f.Message.English.Contains("element a)", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Message.English.Contains("element d)", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Message.English.Contains("element f)", StringComparison.Ordinal));
    }

    [Fact]
    public void The_curators_acts_are_required_only_when_a_curator_is_appointed()
    {
        Assert.Equal([ServicePlacementDefect.CuratorActsMissing], Defects(Complete with { CuratorAppointed = true }));
        Assert.Empty(Defects(Complete with { CuratorAppointed = true, CuratorActs = "gestione del patrimonio" }));
    }

    [Fact]
    public void Twenty_four_months_is_allowed_and_one_day_more_is_not()
    {
        Assert.Empty(Evaluate(Complete with { Duration = Period.FromYears(2) }));
        var tooLong = Complete with { Duration = Period.FromMonths(24) + Period.FromDays(1) };
        Assert.Equal([ServicePlacementDefect.DurationTooLong], Defects(tooLong));
        var finding = Assert.Single(Evaluate(tooLong));
        Assert.Contains(new FindingDate(FindingDateRole.Maximum, new LocalDate(2028, 2, 10)), finding.Dates);
        Assert.Contains(new FindingDate(FindingDateRole.PlannedEnd, new LocalDate(2028, 2, 11)), finding.Dates);
        Assert.Equal([ServicePlacementDefect.DurationMissing], Defects(Complete with { Duration = null }));
    }

    [Fact]
    public void Reports_every_six_months_are_allowed_and_less_often_is_not()
    {
        Assert.Empty(Defects(Complete with { ReportInterval = Period.FromMonths(3) }));
        Assert.Equal([ServicePlacementDefect.ReportIntervalTooLong], Defects(Complete with { ReportInterval = Period.FromMonths(7) }));
        Assert.Equal([ServicePlacementDefect.ReportIntervalTooLong], Defects(Complete with { ReportInterval = Period.FromMonths(6) + Period.FromDays(1) }));
        Assert.Equal([ServicePlacementDefect.ReportIntervalMissing], Defects(Complete with { ReportInterval = null }));
    }

    [Fact]
    public void The_responsible_person_is_named_within_15_days_of_notification()
    {
        // Notified 12 February: the 15th day after is 27 February.
        Assert.Empty(Evaluate(Complete with { ResponsibleNamedOn = new LocalDate(2026, 2, 27) }));
        var finding = Assert.Single(Evaluate(Complete with { ResponsibleNamedOn = new LocalDate(2026, 2, 28) }));
        Assert.Contains(new FindingDate(FindingDateRole.Due, new LocalDate(2026, 2, 27)), finding.Dates);
        Assert.Contains(new FindingDate(FindingDateRole.OverdueSince, new LocalDate(2026, 2, 28)), finding.Dates);
        Assert.Contains("by 2026-02-27", finding.Message.English, StringComparison.Ordinal);

        var pending = Complete with { ResponsibleNamedOn = null };
        Assert.Empty(Evaluate(pending, new LocalDate(2026, 2, 27)));
        Assert.Single(Evaluate(pending, new LocalDate(2026, 2, 28)));
        Assert.Empty(Evaluate(pending with { NotifiedOn = null }));
    }

    // Issue 13: a naming counts from its date; before it, the order is judged as not yet named.
    [Fact]
    public void A_naming_dated_after_the_evaluation_date_has_not_happened_yet()
    {
        var lateNaming = Complete with { ResponsibleNamedOn = new LocalDate(2026, 3, 2) };
        Assert.Empty(Evaluate(lateNaming, new LocalDate(2026, 2, 27)));
        Assert.Single(Evaluate(lateNaming, new LocalDate(2026, 2, 28)));
        Assert.Single(Evaluate(lateNaming, new LocalDate(2026, 3, 1)));
        Assert.Single(Evaluate(lateNaming, new LocalDate(2026, 3, 2)));
    }

    [Fact]
    public void A_notification_dated_after_the_evaluation_date_starts_no_term_yet()
    {
        var unnamed = Complete with { ResponsibleNamedOn = null, NotifiedOn = new LocalDate(2026, 2, 12) };
        Assert.Empty(Evaluate(unnamed with { NotifiedOn = new LocalDate(2026, 5, 1) }, new LocalDate(2026, 4, 30)));
        Assert.Single(Evaluate(unnamed, new LocalDate(2026, 4, 30)));
    }

    [Fact]
    public void An_order_dated_after_the_evaluation_date_does_not_exist_yet()
    {
        var bare = new ServicePlacementOrder { IssuedOn = new LocalDate(2026, 2, 10) };
        Assert.Empty(Evaluate(bare, new LocalDate(2026, 2, 9)));
        Assert.Equal(7, Evaluate(bare, new LocalDate(2026, 2, 10)).Count);
        Assert.Equal(7, Evaluate(bare, new LocalDate(2026, 2, 11)).Count);
    }

    [Fact]
    public void Orders_before_28_February_2023_are_not_judged()
    {
        // a, b, c, d, f, g, h missing (e only with a curator); no notification, so no naming term yet.
        var bare = new ServicePlacementOrder { IssuedOn = new LocalDate(2023, 2, 27) };
        Assert.Empty(Evaluate(bare));
        Assert.Equal(7, Evaluate(bare with { IssuedOn = new LocalDate(2023, 2, 28) }).Count);
    }
}
