using Affido.Domain;

namespace Affido.Rules.Tests;

public class PlanElementsRuleTests
{
    public static TheoryData<string, char> Elements => new()
    {
        { "Goals", 'b' },
        { "ContactArrangements", 'c' },
        { "FamilyOfOriginCommitments", 'd' },
        { "CarerCommitments", 'e' },
        { "SocialServiceCommitments", 'f' },
        { "VerificationCadence", 'f' },
        { "FosterCareServiceCommitments", 'g' },
        { "ConsentOrDecreeReference", 'h' },
    };

    private static PlacementPlan Without(string element) => element switch
    {
        "Goals" => Fixture.Plan() with { Goals = null },
        "ContactArrangements" => Fixture.Plan() with { ContactArrangements = null },
        "FamilyOfOriginCommitments" => Fixture.Plan() with { FamilyOfOriginCommitments = null },
        "CarerCommitments" => Fixture.Plan() with { CarerCommitments = null },
        "SocialServiceCommitments" => Fixture.Plan() with { SocialServiceCommitments = null },
        "VerificationCadence" => Fixture.Plan() with { VerificationCadence = null },
        "FosterCareServiceCommitments" => Fixture.Plan() with { FosterCareServiceCommitments = null },
        "ConsentOrDecreeReference" => Fixture.Plan() with { ConsentOrDecreeReference = null },
        _ => throw new ArgumentOutOfRangeException(nameof(element)),
    };

    [Theory]
    [MemberData(nameof(Elements))]
    public void A_missing_element_is_one_finding_naming_it(string element, char letter)
    {
        var finding = CatalogueAssert.Single(Fixture.Evaluate(Without(element)), RuleCodes.PlanElementMissing, Severity.Error, "Reg. art. 8");
        Assert.Contains($"element {letter})", finding.Message.English, StringComparison.Ordinal);
        Assert.Contains($"elemento {letter})", finding.Message.Italian, StringComparison.Ordinal);
    }

    [Fact]
    public void A_complete_plan_has_none()
        => Fixture.Evaluate(Fixture.Plan()).HasNo(RuleCodes.PlanElementMissing);

    [Fact]
    public void An_empty_plan_has_one_finding_per_element_b_to_h()
    {
        var evaluation = Fixture.Evaluate(new PlacementPlan { PresumedDuration = NodaTime.Period.FromMonths(12) });
        Assert.Equal(7, evaluation.Only(RuleCodes.PlanElementMissing).Count);
    }
}

public class PlanSignaturesRuleTests
{
    [Theory]
    [InlineData(Signatory.SocialService, "social service")]
    [InlineData(Signatory.Carers, "carers")]
    [InlineData(Signatory.FosterCareService, "foster-care service")]
    public void A_missing_required_signature_is_an_error(Signatory missing, string named)
    {
        var plan = Fixture.Plan();
        plan = plan with { Signatures = plan.Signatures.Where(s => s.By != missing).ToValueArray() };
        var finding = CatalogueAssert.Single(Fixture.Evaluate(plan), RuleCodes.PlanSignatureMissing, Severity.Error, "Reg. art. 8");
        Assert.EndsWith($"{named}.", finding.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void The_family_of_origin_and_the_minor_need_not_sign()
        => Fixture.Evaluate(Fixture.Plan()).HasNo(RuleCodes.PlanSignatureMissing);

    [Fact]
    public void An_unsigned_plan_has_three_findings()
        => Assert.Equal(3, Fixture.Evaluate(Fixture.Plan() with { Signatures = [new PlanSignature(Signatory.Minor, Fixture.Start), new PlanSignature(Signatory.FamilyOfOrigin, Fixture.Start)] }).Only(RuleCodes.PlanSignatureMissing).Count);
}
