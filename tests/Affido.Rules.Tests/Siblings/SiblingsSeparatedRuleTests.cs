using Affido.Domain;

namespace Affido.Rules.Tests;

public class SiblingsSeparatedRuleTests
{
    [Fact]
    public void Siblings_placed_apart_without_a_contraindication_are_a_warning()
    {
        var finding = CatalogueAssert.Single(Fixture.Evaluate(Fixture.Placement() with { SiblingsPlacedApart = [Fixture.MinorB] }), RuleCodes.SiblingsSeparated, Severity.Warning, "Reg. art. 4");
        Assert.Contains("MIN-B", finding.Message.English, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ContraindicationSource.Plan)]
    [InlineData(ContraindicationSource.Decree)]
    public void A_stated_contraindication_in_the_plan_or_decree_removes_it(ContraindicationSource source)
        => Fixture.Evaluate(Fixture.Placement() with { SiblingsPlacedApart = [Fixture.MinorB], SiblingContraindication = new SiblingContraindication(source, "Conflict between the siblings.") })
            .HasNo(RuleCodes.SiblingsSeparated);

    [Fact]
    public void Siblings_together_have_none()
        => Fixture.Evaluate(Fixture.Placement()).HasNo(RuleCodes.SiblingsSeparated);
}
