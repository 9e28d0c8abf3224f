using Affido.Domain;
using NodaTime;
using static Affido.Rules.Tests.Judicial.JudicialFixtures;

namespace Affido.Rules.Tests.Judicial;

public sealed class InformalHostingRuleTests
{
    private static readonly InformalHosting Hosting = new(MinorA, new PersonCode("P-HOST"), new LocalDate(2026, 1, 15));

    private static ValueArray<Finding> Evaluate(InformalHosting hosting, LocalDate asOf)
    {
        var evaluation = RuleEvaluator.Default.Evaluate(hosting, asOf);
        Assert.True(evaluation.IsValid, evaluation.Describe());
        return evaluation.Findings;
    }

    [Fact]
    public void Six_months_are_reached_on_the_same_numbered_day_and_the_report_is_due_the_day_after()
    {
        Assert.Equal(new LocalDate(2026, 7, 15), Hosting.SixMonthsReached);
        Assert.Equal(new LocalDate(2026, 7, 16), Hosting.ReportDueFrom);
    }

    [Fact]
    public void Exactly_six_months_of_hosting_owes_no_report_yet()
        => Assert.Empty(Evaluate(Hosting, new LocalDate(2026, 7, 15)));

    [Fact]
    public void Six_months_and_one_day_without_a_report_is_an_error()
    {
        var finding = Assert.Single(Evaluate(Hosting, new LocalDate(2026, 7, 16)));
        Assert.Equal(RuleCodes.InformalHostingReportDue, finding.Code);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("L. 184/1983 art. 9 c. 4", finding.Source.Citation);
        Assert.Equal(MinorA, finding.Minor);
        Assert.Equal([new FindingDate(FindingDateRole.OverdueSince, new LocalDate(2026, 7, 16))], finding.Dates);
    }

    [Fact]
    public void Month_ends_follow_art_2963_cc()
    {
        var lastOfAugust = Hosting with { HostingSince = new LocalDate(2025, 8, 31) };
        Assert.Equal(new LocalDate(2026, 2, 28), lastOfAugust.SixMonthsReached);
        Assert.Equal(new LocalDate(2026, 3, 1), lastOfAugust.ReportDueFrom);
    }

    [Fact]
    public void A_report_made_by_the_evaluation_date_satisfies_it_even_if_early()
    {
        Assert.Empty(Evaluate(Hosting with { ReportedOn = new LocalDate(2026, 3, 1) }, new LocalDate(2026, 9, 1)));
        Assert.Empty(Evaluate(Hosting with { ReportedOn = new LocalDate(2026, 9, 1) }, new LocalDate(2026, 9, 1)));
        Assert.Single(Evaluate(Hosting with { ReportedOn = new LocalDate(2026, 9, 2) }, new LocalDate(2026, 9, 1)));
    }

    // Issue 13: a report or an end counts from its date.
    [Fact]
    public void A_report_counts_from_its_date()
    {
        var reportedOn = new LocalDate(2026, 9, 1);
        Assert.Single(Evaluate(Hosting with { ReportedOn = reportedOn }, reportedOn.PlusDays(-1)));
        Assert.Empty(Evaluate(Hosting with { ReportedOn = reportedOn }, reportedOn));
        Assert.Empty(Evaluate(Hosting with { ReportedOn = reportedOn }, reportedOn.PlusDays(1)));
    }

    [Fact]
    public void An_end_dated_after_the_evaluation_date_has_not_happened_yet()
    {
        // Ended on 10 July, within six months: no report was ever owed, whatever the evaluation date after the end.
        var ended = Hosting with { HostingEndedOn = new LocalDate(2026, 7, 10) };
        Assert.Empty(Evaluate(ended, new LocalDate(2026, 7, 9)));
        Assert.Empty(Evaluate(ended, new LocalDate(2026, 7, 10)));
        Assert.Empty(Evaluate(ended, new LocalDate(2026, 7, 16)));
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(4, false)]
    [InlineData(5, true)]
    [InlineData(null, true)]
    public void Relatives_within_the_4th_degree_owe_no_report(int? degree, bool due)
        => Assert.Equal(due, Evaluate(Hosting with { HostKinshipDegree = degree }, new LocalDate(2026, 9, 1)).IsEmpty is false);

    [Fact]
    public void A_hosting_that_ended_within_six_months_never_owed_it_one_that_went_past_still_does()
    {
        Assert.Empty(Evaluate(Hosting with { HostingEndedOn = new LocalDate(2026, 7, 15) }, new LocalDate(2026, 9, 1)));
        Assert.Single(Evaluate(Hosting with { HostingEndedOn = new LocalDate(2026, 7, 16) }, new LocalDate(2026, 9, 1)));
    }
}
