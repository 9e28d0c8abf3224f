using Affido.Domain;

namespace Affido.Rules.Tests;

public class ParentsConsentRuleTests
{
    private const string Source = "Reg. art. 3; L. 184/1983 art. 4 c. 1";

    [Fact]
    public void Consensual_placement_without_the_parents_consent_is_an_error()
        => CatalogueAssert.Single(Fixture.Evaluate(Fixture.Placement() with { Consents = [] }), RuleCodes.ParentsConsentMissing, Severity.Error, Source);

    [Fact]
    public void Consensual_placement_with_the_parents_consent_has_none()
        => Fixture.Evaluate(Fixture.Placement()).HasNo(RuleCodes.ParentsConsentMissing);

    [Fact]
    public void When_a_guardian_holds_responsibility_the_parents_consent_does_not_count()
    {
        var withGuardian = Fixture.Placement() with { FamilyOfOrigin = new FamilyOfOrigin(Fixture.Sondrio, new Guardian(new PersonCode("TUT-1"), Fixture.Start.PlusYears(-1))) };
        var finding = CatalogueAssert.Single(Fixture.Evaluate(withGuardian), RuleCodes.ParentsConsentMissing, Severity.Error, Source);
        Assert.Contains("guardian", finding.Message.English, StringComparison.Ordinal);
        var consented = withGuardian with { Consents = [new WrittenConsent(ConsentParty.Guardian, Fixture.Start)] };
        Fixture.Evaluate(consented).HasNo(RuleCodes.ParentsConsentMissing);
    }

    [Fact]
    public void Judicial_placement_needs_no_parents_consent()
        => Fixture.Evaluate(Fixture.Judicial()).HasNo(RuleCodes.ParentsConsentMissing);
}
