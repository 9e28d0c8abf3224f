using Affido.Domain;
using NodaTime;

namespace Affido.Rules.Tests;

public class CarerRulesTests
{
    private static FosterCarer Carer(DataProcessingConsent? consent) => new FosterCarer
    {
        Code = new CarerCode("CAR-9"),
        Municipality = Fixture.Sondrio,
        Household = new Household(HouseholdType.Couple),
        Experience = new Experience(),
        Status = AssessmentStatus.Approved,
        DataProcessingConsent = consent,
        Service = new FosterCareService("Servizio Affidi", "Via Roma 1", "0342 000000", "affidi@example.org"),
        Availability = new Availability
        {
            Forms = [PlacementForm.Ordinary],
            Arrangements = [TimeArrangement.FullTime],
            Ages = AgeRange.AnyMinor,
            Places = 1,
            AcceptedNeeds = default,
            From = new LocalDate(2025, 1, 1),
        },
        WaitingSince = new LocalDate(2025, 1, 1),
    };

    [Fact]
    public void A_carer_without_data_processing_consent_is_an_error()
    {
        var finding = Assert.Single(CarerRules.Evaluate(Carer(null)));
        Assert.Equal(RuleCodes.RegistryConsentMissing, finding.Code);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("Provincia di Milano, \"Banca Dati Famiglie Affidatarie Online\"; Reg. art. 13", finding.Source);
    }

    [Fact]
    public void A_carer_with_consent_has_none()
        => Assert.Empty(CarerRules.Evaluate(Carer(new DataProcessingConsent(new LocalDate(2025, 1, 1)))));
}
