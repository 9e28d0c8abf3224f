using Affido.Domain;
using NodaTime;

namespace Affido.Rules.Tests;

public class RuleEvaluatorTests
{
    [Fact]
    public void The_complete_fixture_has_no_finding()
    {
        var evaluation = Fixture.Evaluate(Fixture.Placement());
        Assert.True(evaluation.IsValid);
        Assert.Empty(evaluation.Findings);
        Assert.True(evaluation.IsClean);
    }

    [Fact]
    public void The_judicial_fixture_has_no_finding()
        => Assert.Empty(Fixture.Evaluate(Fixture.Judicial(), Fixture.Plan() with { ConsentOrDecreeReference = "TM 34/2025" }, Fixture.AsOf).Findings);

    [Fact]
    public void A_birth_after_the_start_is_a_validation_error_not_findings()
    {
        var placement = Fixture.Placement() with { Minors = [Fixture.Minor(Fixture.Start.PlusDays(1))], Commitment = null };
        var evaluation = Fixture.Evaluate(placement);
        Assert.False(evaluation.IsValid);
        Assert.Empty(evaluation.Findings);
        var failure = Assert.Single(evaluation.ValidationFailures);
        Assert.Equal("Placement.Minors[0].BirthDate", failure.PropertyName);
        Assert.Equal(ValidationCodes.PlacementMinorBornAfterStart, failure.ErrorCode);
        Assert.Equal("Must not be after the start of the placement.", failure.ErrorMessage);
    }

    [Fact]
    public void A_negative_duration_is_a_validation_error()
    {
        var evaluation = Fixture.Evaluate(Fixture.Plan() with { PresumedDuration = Period.FromMonths(-3) });
        Assert.False(evaluation.IsValid);
        Assert.True(evaluation.Fails("Plan.PresumedDuration", ValidationCodes.PeriodNotPositive), evaluation.Describe());
    }

    [Fact]
    public void A_duration_with_hours_is_a_validation_error_not_an_exception()
    {
        var evaluation = Fixture.Evaluate(Fixture.Plan() with { PresumedDuration = Period.FromHours(30) });
        Assert.False(evaluation.IsValid);
    }

    [Fact]
    public void An_end_before_the_start_and_no_minor_are_validation_errors()
    {
        var placement = Fixture.Placement() with { Minors = [], End = new PlacementEnd(Fixture.Start.PlusDays(-1), EndReason.Other) };
        var evaluation = Fixture.Evaluate(placement);
        Assert.Equal(2, evaluation.ValidationFailures.Count);
        Assert.True(evaluation.Fails("Placement.Minors", ValidationCodes.PlacementMinorsEmpty), evaluation.Describe());
        Assert.True(evaluation.Fails("Placement.End.On", ValidationCodes.PlacementEndBeforeStart), evaluation.Describe());
    }

    [Fact]
    public void A_hearing_of_a_minor_not_in_the_placement_is_a_validation_error()
    {
        var placement = Fixture.Placement() with { Hearings = [new Hearing(Fixture.MinorB, Fixture.Start)] };
        Assert.False(Fixture.Evaluate(placement).IsValid);
    }

    [Fact]
    public void Findings_are_sorted_by_code_then_minor()
    {
        var placement = Fixture.Placement() with
        {
            Minors = [Fixture.Minor(new LocalDate(2010, 1, 1), Fixture.MinorB), Fixture.Minor(new LocalDate(2010, 1, 2), Fixture.MinorA)],
            Commitment = null,
        };
        var findings = Fixture.Evaluate(placement).Findings;
        Assert.Equal(findings.OrderBy(f => f.Code, StringComparer.Ordinal).Select(f => f.Code), findings.Select(f => f.Code));
        var minorConsents = findings.Where(f => f.Code == RuleCodes.MinorConsentMissing).Select(f => f.Minor).ToList();
        Assert.Equal([Fixture.MinorA, Fixture.MinorB], minorConsents);
    }

    [Fact]
    public void A_rule_outside_its_validity_is_not_run()
    {
        var evaluator = new RuleEvaluator(DistrictPolicy.Default, RuleCatalogue.Empty.Add(DurationMaximumRule.BeforeCartabia));
        var plan = Fixture.Plan() with { PresumedDuration = Period.FromMonths(30) };
        Assert.Empty(evaluator.Evaluate(Fixture.Placement(), plan, Fixture.AsOf).Findings);
        var before = Fixture.Placement() with { Start = new LocalDate(2022, 1, 10) };
        Assert.Single(evaluator.Evaluate(before, plan, new LocalDate(2022, 3, 1)).Findings);
    }

    [Fact]
    public void A_finding_about_a_placement_names_its_carers()
        => Assert.All(Fixture.Evaluate(Fixture.Placement() with { Commitment = null }).Findings, f => Assert.Equal(new CarerCode("CAR-1"), f.Carer));

    [Fact]
    public void Every_finding_has_both_languages_and_a_source()
    {
        var placement = Fixture.Placement() with { Consents = [], Commitment = null, Decrees = [], SiblingsPlacedApart = [Fixture.MinorB] };
        var plan = new PlacementPlan { PresumedDuration = Period.FromMonths(30), VerificationCadence = Period.FromMonths(5) };
        var findings = Fixture.Evaluate(placement, plan, Fixture.Start.PlusMonths(40)).Findings;
        Assert.True(findings.Count > 10);
        Assert.All(findings, f =>
        {
            Assert.False(string.IsNullOrWhiteSpace(f.Message.Italian));
            Assert.False(string.IsNullOrWhiteSpace(f.Message.English));
            Assert.NotEqual(f.Message.Italian, f.Message.English);
            Assert.NotNull(f.Source);
        });
    }

    [Fact]
    public void Null_arguments_are_programming_errors()
    {
        Assert.Throws<ArgumentNullException>("placement", () => RuleEvaluator.Default.Evaluate(null!, Fixture.Plan(), Fixture.AsOf));
        Assert.Throws<ArgumentNullException>("plan", () => RuleEvaluator.Default.Evaluate(Fixture.Placement(), null!, Fixture.AsOf));
        Assert.Throws<ArgumentNullException>("caseFacts", () => RuleEvaluator.Default.Evaluate((CaseFacts)null!, Fixture.AsOf));
        Assert.Throws<ArgumentNullException>("hosting", () => RuleEvaluator.Default.Evaluate((InformalHosting)null!, Fixture.AsOf));
        Assert.Throws<ArgumentNullException>("policy", () => new RuleEvaluator(null!));
        Assert.Throws<ArgumentNullException>("catalogue", () => new RuleEvaluator(DistrictPolicy.Default, null!));
    }
}
