using NodaTime;
using static Affido.Rules.Tests.Judicial.JudicialFixtures;

namespace Affido.Rules.Tests.Judicial;

public sealed class ServicePlacementRuleTests
{
    private static readonly ServicePlacementOrder Complete = new(
        new LocalDate(2026, 2, 10), MinorA,
        PlacedWith: "famiglia affidataria C-001",
        ServiceActs: "iscrizione scolastica, cure sanitarie",
        PlacedWithActs: "atti di ordinaria amministrazione",
        ParentActs: "visite protette",
        CuratorActs: null,
        ServiceTasks: "progetto di recupero della famiglia",
        Duration: Period.FromMonths(24),
        ReportInterval: Period.FromMonths(6),
        NotifiedOn: new LocalDate(2026, 2, 12),
        ResponsibleNamedOn: new LocalDate(2026, 2, 20));

    private static readonly LocalDate AsOf = new(2026, 6, 1);

    [Fact]
    public void A_complete_order_gives_no_finding()
        => Assert.Empty(ServicePlacementRule.Evaluate(Complete, AsOf));

    [Fact]
    public void One_finding_per_missing_element_each_naming_its_letter()
    {
        var findings = ServicePlacementRule.Evaluate(Complete with { PlacedWith = " ", ParentActs = null, ServiceTasks = null }, AsOf).ToArray();
        Assert.Equal(3, findings.Length);
        Assert.All(findings, f => Assert.Equal(ServicePlacementRule.Code, f.Code));
        Assert.All(findings, f => Assert.Equal(Severity.Error, f.Severity));
        Assert.Contains(findings, f => f.Message.English.Contains("element a)", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Message.English.Contains("element d)", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Message.English.Contains("element f)", StringComparison.Ordinal));
        Assert.Equal("L. 184/1983 art. 5-bis c. 2", findings[0].Source);
    }

    [Fact]
    public void The_curators_acts_are_required_only_when_a_curator_is_appointed()
    {
        Assert.Equal([ServicePlacementDefect.CuratorActsMissing], ServicePlacementRule.Defects(Complete with { CuratorAppointed = true }, AsOf));
        Assert.Empty(ServicePlacementRule.Defects(Complete with { CuratorAppointed = true, CuratorActs = "gestione del patrimonio" }, AsOf));
    }

    [Fact]
    public void Twenty_four_months_is_allowed_and_one_day_more_is_not()
    {
        Assert.Empty(ServicePlacementRule.Defects(Complete with { Duration = Period.FromYears(2) }, AsOf));
        var tooLong = Complete with { Duration = Period.FromMonths(24) + Period.FromDays(1) };
        Assert.Equal([ServicePlacementDefect.DurationTooLong], ServicePlacementRule.Defects(tooLong, AsOf));
        var finding = Assert.Single(ServicePlacementRule.Evaluate(tooLong, AsOf));
        Assert.Contains(new FindingDate(FindingDateRole.Maximum, new LocalDate(2028, 2, 10)), finding.Dates);
        Assert.Contains(new FindingDate(FindingDateRole.PlannedEnd, new LocalDate(2028, 2, 11)), finding.Dates);
        Assert.Equal([ServicePlacementDefect.DurationMissing], ServicePlacementRule.Defects(Complete with { Duration = null }, AsOf));
    }

    [Fact]
    public void Reports_every_six_months_are_allowed_and_less_often_is_not()
    {
        Assert.Empty(ServicePlacementRule.Defects(Complete with { ReportInterval = Period.FromMonths(3) }, AsOf));
        Assert.Equal([ServicePlacementDefect.ReportIntervalTooLong], ServicePlacementRule.Defects(Complete with { ReportInterval = Period.FromMonths(7) }, AsOf));
        Assert.Equal([ServicePlacementDefect.ReportIntervalTooLong], ServicePlacementRule.Defects(Complete with { ReportInterval = Period.FromMonths(6) + Period.FromDays(1) }, AsOf));
        Assert.Equal([ServicePlacementDefect.ReportIntervalMissing], ServicePlacementRule.Defects(Complete with { ReportInterval = null }, AsOf));
    }

    [Fact]
    public void The_responsible_person_is_named_within_15_days_of_notification()
    {
        // Notified 12 February: the 15th day after is 27 February.
        Assert.Equal(new LocalDate(2026, 2, 27), ServicePlacementRule.NamingDue(Complete));
        Assert.Empty(ServicePlacementRule.Defects(Complete with { ResponsibleNamedOn = new LocalDate(2026, 2, 27) }, AsOf));
        var late = Complete with { ResponsibleNamedOn = new LocalDate(2026, 2, 28) };
        var finding = Assert.Single(ServicePlacementRule.Evaluate(late, AsOf));
        Assert.Equal("L. 184/1983 art. 5-bis c. 4", finding.Source);
        Assert.Contains(new FindingDate(FindingDateRole.OverdueSince, new LocalDate(2026, 2, 28)), finding.Dates);

        var pending = Complete with { ResponsibleNamedOn = null };
        Assert.Empty(ServicePlacementRule.Defects(pending, new LocalDate(2026, 2, 27)));
        Assert.Equal([ServicePlacementDefect.ResponsibleNotNamed], ServicePlacementRule.Defects(pending, new LocalDate(2026, 2, 28)));
        Assert.Empty(ServicePlacementRule.Defects(pending with { NotifiedOn = null }, AsOf));
    }

    [Fact]
    public void Orders_before_28_February_2023_are_not_judged()
    {
        // a, b, c, d, f, g, h missing (e only with a curator); no notification, so no naming term yet.
        var bare = new ServicePlacementOrder(new LocalDate(2023, 2, 27));
        Assert.Empty(ServicePlacementRule.Evaluate(bare, AsOf));
        Assert.Equal(7, ServicePlacementRule.Evaluate(bare with { IssuedOn = new LocalDate(2023, 2, 28) }, AsOf).Count());
    }
}
