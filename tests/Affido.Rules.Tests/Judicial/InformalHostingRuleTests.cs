using Affido.Domain;
using NodaTime;
using static Affido.Rules.Tests.Judicial.JudicialFixtures;

namespace Affido.Rules.Tests.Judicial;

public sealed class InformalHostingRuleTests
{
    private static readonly InformalHosting Hosting = new(MinorA, new PersonCode("P-HOST"), new LocalDate(2026, 1, 15));

    [Fact]
    public void Six_months_are_reached_on_the_same_numbered_day_and_the_report_is_due_the_day_after()
    {
        Assert.Equal(new LocalDate(2026, 7, 15), Hosting.SixMonthsReached);
        Assert.Equal(new LocalDate(2026, 7, 16), Hosting.ReportDueFrom);
    }

    [Fact]
    public void Exactly_six_months_of_hosting_owes_no_report_yet()
        => Assert.Empty(InformalHostingRule.Evaluate(Hosting, new LocalDate(2026, 7, 15)));

    [Fact]
    public void Six_months_and_one_day_without_a_report_is_an_error()
    {
        var finding = Assert.Single(InformalHostingRule.Evaluate(Hosting, new LocalDate(2026, 7, 16)));
        Assert.Equal(InformalHostingRule.Code, finding.Code);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("L. 184/1983 art. 9 c. 4", finding.Source);
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
        Assert.Empty(InformalHostingRule.Evaluate(Hosting with { ReportedOn = new LocalDate(2026, 3, 1) }, new LocalDate(2026, 9, 1)));
        Assert.Empty(InformalHostingRule.Evaluate(Hosting with { ReportedOn = new LocalDate(2026, 9, 1) }, new LocalDate(2026, 9, 1)));
        Assert.Single(InformalHostingRule.Evaluate(Hosting with { ReportedOn = new LocalDate(2026, 9, 2) }, new LocalDate(2026, 9, 1)));
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(4, false)]
    [InlineData(5, true)]
    [InlineData(null, true)]
    public void Relatives_within_the_4th_degree_owe_no_report(int? degree, bool due)
        => Assert.Equal(due, InformalHostingRule.Evaluate(Hosting with { HostKinshipDegree = degree }, new LocalDate(2026, 9, 1)).Any());

    [Fact]
    public void A_hosting_that_ended_within_six_months_never_owed_it_one_that_went_past_still_does()
    {
        Assert.Empty(InformalHostingRule.Evaluate(Hosting with { HostingEndedOn = new LocalDate(2026, 7, 15) }, new LocalDate(2026, 9, 1)));
        Assert.Single(InformalHostingRule.Evaluate(Hosting with { HostingEndedOn = new LocalDate(2026, 7, 16) }, new LocalDate(2026, 9, 1)));
    }
}
