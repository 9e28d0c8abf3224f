using Affido.Domain;

namespace Affido.Rules.Tests;

public class DecreeRulesTests
{
    [Fact]
    public void Consensual_placement_without_the_guardianship_judges_decree_is_an_error()
        => CatalogueAssert.Single(Fixture.Evaluate(Fixture.Placement() with { Decrees = [] }), RuleCodes.GuardianshipJudgeDecreeMissing, Severity.Error, "Reg. art. 3; L. 184/1983 art. 4 c. 1");

    [Fact]
    public void A_juvenile_court_decree_does_not_make_a_consensual_placement_executive()
    {
        var placement = Fixture.Placement() with { Decrees = [new Decree(Authority.JuvenileCourt, Fixture.Start, "TM 1/2025")] };
        Fixture.Evaluate(placement).Has(RuleCodes.GuardianshipJudgeDecreeMissing);
    }

    [Fact]
    public void Consensual_placement_with_the_decree_has_none()
    {
        var evaluation = Fixture.Evaluate(Fixture.Placement());
        evaluation.HasNo(RuleCodes.GuardianshipJudgeDecreeMissing);
        evaluation.HasNo(RuleCodes.JuvenileCourtDecreeMissing);
    }

    [Fact]
    public void Judicial_placement_without_the_juvenile_courts_decree_is_an_error()
    {
        var placement = Fixture.Judicial() with { Decrees = [new Decree(Authority.GuardianshipJudge, Fixture.Start, "GT 1/2025")] };
        var evaluation = Fixture.Evaluate(placement);
        CatalogueAssert.Single(evaluation, RuleCodes.JuvenileCourtDecreeMissing, Severity.Error, "Reg. art. 3; L. 184/1983 art. 4 c. 2");
        evaluation.HasNo(RuleCodes.GuardianshipJudgeDecreeMissing);
    }

    [Fact]
    public void Judicial_placement_with_the_decree_has_none()
        => Fixture.Evaluate(Fixture.Judicial()).HasNo(RuleCodes.JuvenileCourtDecreeMissing);
}
