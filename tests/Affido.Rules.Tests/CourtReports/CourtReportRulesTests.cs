using Affido.Domain;
using NodaTime;

namespace Affido.Rules.Tests;

public class CourtReportOverdueRuleTests
{
    private const string Source = "L. 184/1983 art. 4 c. 3";
    private static readonly LocalDate FirstDue = Fixture.Start.PlusMonths(6);

    // Verifications kept up to date so that only the reports are judged.
    private static Placement UpToDate(Placement placement)
        => placement with { Verifications = [new Verification(Fixture.Start.PlusMonths(2)), new Verification(Fixture.Start.PlusMonths(4)), new Verification(Fixture.Start.PlusMonths(6))] };

    [Fact]
    public void On_the_sixth_month_without_a_report_it_is_not_overdue()
        => Fixture.Evaluate(UpToDate(Fixture.Placement()), FirstDue).HasNo(RuleCodes.CourtReportOverdue);

    [Fact]
    public void The_day_after_it_is_overdue()
    {
        var finding = CatalogueAssert.Single(Fixture.Evaluate(UpToDate(Fixture.Placement()), FirstDue.PlusDays(1)), RuleCodes.CourtReportOverdue, Severity.Error, Source);
        Assert.Equal(FirstDue.PlusDays(1), finding.Date(FindingDateRole.OverdueSince));
        Assert.Contains("guardianship judge", finding.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_to_the_wrong_authority_does_not_count()
    {
        var wrong = UpToDate(Fixture.Placement()) with { CourtReports = [new CourtReport(Fixture.Start.PlusMonths(5), Authority.JuvenileCourt)] };
        Fixture.Evaluate(wrong, FirstDue.PlusDays(1)).Has(RuleCodes.CourtReportOverdue);
        var right = wrong with { CourtReports = [new CourtReport(Fixture.Start.PlusMonths(5), Authority.GuardianshipJudge)] };
        Fixture.Evaluate(right, FirstDue.PlusDays(1)).HasNo(RuleCodes.CourtReportOverdue);
    }

    [Fact]
    public void A_judicial_placement_reports_to_the_juvenile_court()
    {
        var toJudge = UpToDate(Fixture.Judicial()) with { CourtReports = [new CourtReport(Fixture.Start.PlusMonths(5), Authority.GuardianshipJudge)] };
        Assert.Contains("juvenile court", Assert.Single(Fixture.Evaluate(toJudge, FirstDue.PlusDays(1)).Only(RuleCodes.CourtReportOverdue)).Message.English, StringComparison.Ordinal);
        var toCourt = toJudge with { CourtReports = [new CourtReport(Fixture.Start.PlusMonths(5), Authority.JuvenileCourt)] };
        Fixture.Evaluate(toCourt, FirstDue.PlusDays(1)).HasNo(RuleCodes.CourtReportOverdue);
        Fixture.Evaluate(toCourt, Fixture.Start.PlusMonths(11)).HasNo(RuleCodes.CourtReportOverdue);
        Fixture.Evaluate(toCourt, Fixture.Start.PlusMonths(11).PlusDays(1)).Has(RuleCodes.CourtReportOverdue);
    }

    [Fact]
    public void The_schedule_lists_the_reports()
    {
        var placement = Fixture.Placement() with { CourtReports = [new CourtReport(Fixture.Start.PlusMonths(6), Authority.GuardianshipJudge)] };
        var schedule = CourtReportSchedule.For(placement, Fixture.Start.PlusMonths(7));
        Assert.Equal(Authority.GuardianshipJudge, schedule.Authority);
        Assert.Equal(Fixture.Start.PlusMonths(12), schedule.NextDue);
        Assert.Equal(
            [new ScheduleEntry(Fixture.Start.PlusMonths(6), ScheduleEntryStatus.Held, Fixture.Start.PlusMonths(6)), new ScheduleEntry(Fixture.Start.PlusMonths(12), ScheduleEntryStatus.Upcoming)],
            schedule.Calendar(Fixture.Start.PlusMonths(12)));
    }
}
