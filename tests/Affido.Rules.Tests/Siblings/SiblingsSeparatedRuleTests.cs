using Affido.Domain;
using NodaTime;

namespace Affido.Rules.Tests;

public class SiblingsSeparatedRuleTests
{
    private static readonly SiblingGroupId Group = new("FAM-7");
    private static readonly MinorCode MinorC = new("MIN-C");

    private static Placement With(CarerCode carer, params (MinorCode Code, SiblingGroupId? Group)[] minors)
    {
        var placement = Fixture.Placement();
        return placement with
        {
            Carer = carer,
            Minors = minors.Select(m => Fixture.Minor(new LocalDate(2015, 6, 10), m.Code) with { SiblingGroup = m.Group }).ToValueArray(),
        };
    }

    private static CaseFacts Case(params Placement[] placements) => new(placements.Select(p => new PlacementFacts(p, Fixture.Plan())).ToValueArray());

    private static RuleEvaluation Evaluate(CaseFacts facts, LocalDate? asOf = null)
    {
        var evaluation = RuleEvaluator.Default.Evaluate(facts, asOf ?? Fixture.AsOf);
        Assert.True(evaluation.IsValid, evaluation.Describe());
        return evaluation;
    }

    private static readonly Placement WithCarer1 = With(new CarerCode("CAR-1"), (Fixture.MinorA, Group));
    private static readonly Placement WithCarer2 = With(new CarerCode("CAR-2"), (Fixture.MinorB, Group));

    [Fact]
    public void Siblings_of_one_group_with_different_carers_are_found_from_the_group_ids_alone()
    {
        var finding = CatalogueAssert.Single(Evaluate(Case(WithCarer1, WithCarer2)), RuleCodes.SiblingsSeparated, Severity.Warning, "Reg. art. 4");
        Assert.Contains("MIN-A (CAR-1), MIN-B (CAR-2)", finding.Message.English, StringComparison.Ordinal);
        Assert.Contains("FAM-7", finding.Message.Italian, StringComparison.Ordinal);
        Assert.Null(finding.Carer);
    }

    [Fact]
    public void Siblings_with_the_same_carers_are_together()
        => Evaluate(Case(With(new CarerCode("CAR-1"), (Fixture.MinorA, Group), (Fixture.MinorB, Group)))).HasNo(RuleCodes.SiblingsSeparated);

    [Fact]
    public void Minors_of_different_groups_or_of_none_are_not_siblings()
    {
        Evaluate(Case(WithCarer1, With(new CarerCode("CAR-2"), (Fixture.MinorB, new SiblingGroupId("FAM-8"))))).HasNo(RuleCodes.SiblingsSeparated);
        Evaluate(Case(WithCarer1, With(new CarerCode("CAR-2"), (Fixture.MinorB, null)))).HasNo(RuleCodes.SiblingsSeparated);
    }

    [Theory]
    [InlineData(ContraindicationSource.Plan)]
    [InlineData(ContraindicationSource.Decree)]
    public void A_contraindication_stated_in_the_plan_or_by_the_decree_suppresses_it(ContraindicationSource source)
    {
        var justified = WithCarer2 with { SiblingContraindication = new SiblingContraindication(source, "Conflict between the siblings.") };
        Evaluate(Case(WithCarer1, justified)).HasNo(RuleCodes.SiblingsSeparated);
    }

    [Fact]
    public void A_contraindication_for_one_sibling_does_not_justify_separating_the_others()
    {
        var justified = WithCarer2 with { SiblingContraindication = new SiblingContraindication(ContraindicationSource.Plan, "Needs a specialised family.") };
        var third = With(new CarerCode("CAR-3"), (MinorC, Group));
        var finding = Assert.Single(Evaluate(Case(WithCarer1, justified, third)).Only(RuleCodes.SiblingsSeparated));
        Assert.Contains("MIN-A (CAR-1), MIN-C (CAR-3)", finding.Message.English, StringComparison.Ordinal);
        Assert.DoesNotContain("MIN-B", finding.Message.English, StringComparison.Ordinal);
    }

    // Issue 13: only placements running on the evaluation date count; an end counts from its date.
    [Fact]
    public void A_sibling_whose_placement_ended_is_no_longer_placed_apart_from_the_day_after_the_end()
    {
        var end = Fixture.AsOf.PlusDays(10);
        var ended = WithCarer2 with { End = new PlacementEnd(end, EndReason.ReturnToFamily) };
        Evaluate(Case(WithCarer1, ended), end.PlusDays(-1)).Has(RuleCodes.SiblingsSeparated);
        Evaluate(Case(WithCarer1, ended), end).Has(RuleCodes.SiblingsSeparated);
        Evaluate(Case(WithCarer1, ended), end.PlusDays(1)).HasNo(RuleCodes.SiblingsSeparated);
    }

    [Fact]
    public void A_sibling_whose_placement_starts_later_is_not_placed_yet()
    {
        var later = WithCarer2 with { Start = Fixture.AsOf.PlusDays(1), Consents = [], Decrees = [], Commitment = null };
        Evaluate(Case(WithCarer1, later), Fixture.AsOf).HasNo(RuleCodes.SiblingsSeparated);
        Evaluate(Case(WithCarer1, later), Fixture.AsOf.PlusDays(1)).Has(RuleCodes.SiblingsSeparated);
    }

    [Fact]
    public void Siblings_listed_apart_point_to_siblings_outside_the_case()
    {
        var pointer = Fixture.Placement() with { SiblingsPlacedApart = [new MinorCode("MIN-ELSEWHERE")] };
        var finding = CatalogueAssert.Single(Fixture.Evaluate(pointer), RuleCodes.SiblingsSeparated, Severity.Warning, "Reg. art. 4");
        Assert.Contains("MIN-ELSEWHERE", finding.Message.English, StringComparison.Ordinal);
        Assert.Equal(new CarerCode("CAR-1"), finding.Carer);
    }

    [Fact]
    public void A_listed_sibling_who_is_in_the_case_is_judged_from_the_case()
    {
        var listing = With(new CarerCode("CAR-1"), (Fixture.MinorA, Group), (Fixture.MinorB, Group)) with { SiblingsPlacedApart = [MinorC] };
        var sameCarer = With(new CarerCode("CAR-1"), (MinorC, Group)) with { Start = Fixture.Start.PlusDays(1) };
        Evaluate(Case(listing, sameCarer)).HasNo(RuleCodes.SiblingsSeparated);
    }

    [Theory]
    [InlineData(ContraindicationSource.Plan)]
    [InlineData(ContraindicationSource.Decree)]
    public void A_stated_contraindication_also_suppresses_the_pointer(ContraindicationSource source)
        => Fixture.Evaluate(Fixture.Placement() with { SiblingsPlacedApart = [Fixture.MinorB], SiblingContraindication = new SiblingContraindication(source, "Conflict between the siblings.") })
            .HasNo(RuleCodes.SiblingsSeparated);

    [Fact]
    public void A_placement_alone_with_its_siblings_has_none()
        => Fixture.Evaluate(Fixture.Placement()).HasNo(RuleCodes.SiblingsSeparated);

    [Fact]
    public void An_empty_case_is_a_validation_failure()
    {
        var evaluation = RuleEvaluator.Default.Evaluate(new CaseFacts([]), Fixture.AsOf);
        Assert.True(evaluation.Fails("Placements", CaseFactsValidator.PlacementsEmpty), evaluation.Describe());
    }

    [Fact]
    public void A_case_reports_each_placements_findings_with_its_carers()
    {
        var evaluation = Evaluate(Case(WithCarer1 with { Commitment = null }, WithCarer2));
        var finding = Assert.Single(evaluation.Only(RuleCodes.CarersCommitmentMissing));
        Assert.Equal(new CarerCode("CAR-1"), finding.Carer);
        var invalid = RuleEvaluator.Default.Evaluate(Case(WithCarer1, WithCarer2 with { Start = new LocalDate(9999, 12, 21) }), Fixture.AsOf);
        Assert.True(invalid.Fails("Placements[1].Placement.Start", ValidationCodes.DateOutOfRange), invalid.Describe());
    }
}
