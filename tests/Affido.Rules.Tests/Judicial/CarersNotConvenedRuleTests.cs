using Affido.Domain;
using NodaTime;
using static Affido.Rules.Tests.Judicial.JudicialFixtures;

namespace Affido.Rules.Tests.Judicial;

public sealed class CarersNotConvenedRuleTests
{
    private static readonly CarerCode Current = new("C-001");
    private static readonly CivilProceeding Proceeding = new("RG 123/2026", ProceedingMatter.Adoptability, MinorA, new LocalDate(2026, 5, 10), [Current]);

    private static ValueArray<Finding> Evaluate(CivilProceeding proceeding, LocalDate? asOf = null)
    {
        var evaluation = RuleEvaluator.Default.Evaluate(proceeding, asOf ?? proceeding.Date);
        Assert.True(evaluation.IsValid, evaluation.Describe());
        return evaluation.Findings;
    }

    // Issue 13: the act of the proceeding counts from its date.
    [Fact]
    public void A_proceeding_dated_after_the_evaluation_date_has_not_happened_yet()
    {
        Assert.Empty(Evaluate(Proceeding, Proceeding.Date.PlusDays(-1)));
        Assert.Single(Evaluate(Proceeding, Proceeding.Date));
        Assert.Single(Evaluate(Proceeding, Proceeding.Date.PlusDays(1)));
    }

    [Fact]
    public void The_finding_names_the_carers_not_convened()
        => Assert.Equal(Current, Assert.Single(Evaluate(Proceeding)).Carer);

    [Fact]
    public void A_proceeding_on_adoptability_without_the_carers_convened_is_null()
    {
        var finding = Assert.Single(Evaluate(Proceeding));
        Assert.Equal(RuleCodes.ProceedingCarersNotConvened, finding.Code);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("L. 184/1983 art. 5 c. 1 (L. 173/2015)", finding.Source.Citation);
        Assert.Contains("null", finding.Message.English, StringComparison.Ordinal);
        Assert.Equal([new FindingDate(FindingDateRole.Provision, new LocalDate(2026, 5, 10))], finding.Dates);
    }

    [Fact]
    public void Convened_carers_give_no_finding()
        => Assert.Empty(Evaluate(Proceeding with { ConvenedCarers = [Current] }));

    [Theory]
    [InlineData(ProceedingMatter.ParentalResponsibility, 1)]
    [InlineData(ProceedingMatter.Placement, 1)]
    [InlineData(ProceedingMatter.Adoptability, 1)]
    [InlineData(ProceedingMatter.Other, 0)]
    public void Only_the_three_matters_of_art_5_require_it(ProceedingMatter matter, int expected)
        => Assert.Equal(expected, Evaluate(Proceeding with { Matter = matter }).Count);

    [Fact]
    public void A_minor_not_fostered_has_no_carers_to_convene()
        => Assert.Empty(Evaluate(Proceeding with { CurrentCarers = [] }));

    [Fact]
    public void The_duty_applies_from_13_November_2015()
    {
        Assert.Empty(Evaluate(Proceeding with { Date = new LocalDate(2015, 11, 12) }));
        Assert.Single(Evaluate(Proceeding with { Date = new LocalDate(2015, 11, 13) }));
    }

    [Fact]
    public void One_finding_per_carer_not_convened()
    {
        var two = Proceeding with { CurrentCarers = [Current, new CarerCode("C-002")], ConvenedCarers = [Current] };
        Assert.Contains("C-002", Assert.Single(Evaluate(two)).Message.English, StringComparison.Ordinal);
    }
}
