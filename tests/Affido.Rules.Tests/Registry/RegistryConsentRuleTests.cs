using Affido.Domain;
using NodaTime;

namespace Affido.Rules.Tests;

public class RegistryConsentRuleTests
{
    private static FosterCarer Carer(DataProcessingConsent? consent) => Judicial.JudicialFixtures.Carer("CAR-9", consent: consent);

    private static readonly LocalDate AsOf = new(2025, 6, 1);

    private static ValueArray<Finding> Evaluate(FosterCarer carer, LocalDate? asOf = null)
    {
        var evaluation = RuleEvaluator.Default.Evaluate(RegistryEntry.Of(carer), asOf ?? AsOf);
        Assert.True(evaluation.IsValid, evaluation.Describe());
        return evaluation.Findings;
    }

    [Fact]
    public void A_carer_without_data_processing_consent_is_an_error()
    {
        var finding = Assert.Single(Evaluate(Carer(null)));
        Assert.Equal(RuleCodes.RegistryConsentMissing, finding.Code);
        Assert.Equal(LegalFactCodes.RegistryConsentMissing, finding.Code);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(LegalSources.DataProcessingConsent, finding.Source);
        Assert.Equal(new CarerCode("CAR-9"), finding.Carer);
        Assert.Contains("CAR-9", finding.Message.Italian, StringComparison.Ordinal);
    }

    [Fact]
    public void A_carer_with_consent_has_none()
        => Assert.Empty(Evaluate(Carer(new DataProcessingConsent(new LocalDate(2025, 1, 1)))));

    // Issue 13: the consent counts from the day it was given.
    [Fact]
    public void A_consent_counts_from_the_day_it_was_given()
    {
        var given = new LocalDate(2025, 3, 10);
        var carer = Carer(new DataProcessingConsent(given));
        Assert.Single(Evaluate(carer, given.PlusDays(-1)));
        Assert.Empty(Evaluate(carer, given));
        Assert.Empty(Evaluate(carer, given.PlusDays(1)));
    }

    [Fact]
    public void A_blank_carer_code_is_a_validation_failure_naming_the_member()
    {
        var evaluation = RuleEvaluator.Default.Evaluate(new RegistryEntry(new CarerCode(" "), null), AsOf);
        Assert.False(evaluation.IsValid);
        Assert.True(evaluation.Fails("Carer", ValidationCodes.CodeEmpty), evaluation.Describe());
    }
}
