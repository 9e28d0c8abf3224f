namespace Affido.Rules.Tests;

public class CarersCommitmentRuleTests
{
    [Fact]
    public void Without_the_carers_commitment_it_is_an_error()
        => CatalogueAssert.Single(Fixture.Evaluate(Fixture.Placement() with { Commitment = null }), RuleCodes.CarersCommitmentMissing, Severity.Error, "Reg. art. 3");

    [Fact]
    public void With_the_carers_commitment_there_is_none()
        => Fixture.Evaluate(Fixture.Placement()).HasNo(RuleCodes.CarersCommitmentMissing);
}
