using Affido.Domain;
using Affido.Domain.Specifications;
using NodaTime;

namespace Affido.ConsumerTest;

/// <summary>What an integrator does first with Affido.Domain from the package: build carers, filter them, compute ages.</summary>
public class DomainScenarioTests
{
    private static readonly Province Milano = new("015", "MI", "Milano", Region.Lombardy);
    private static readonly Municipality Rozzano = new(new IstatCode("015189"), "Rozzano", Milano, new DistrictCode("visconteo-sud-milano"));

    internal static FosterCarer Carer(string code, AssessmentStatus status, bool consent = true) => new(
        new CarerCode(code),
        Rozzano,
        new Household(HouseholdType.Couple),
        new Experience(PreviousPlacements: 1, TrainingHours: 40),
        status,
        consent ? new DataProcessingConsent(new LocalDate(2025, 1, 10)) : null,
        new FosterCareService("Servizio Affidi", "Via Esempio 1, Rozzano", "+39 02 000000", "affidi@example.org"),
        new Availability([PlacementForm.Ordinary], [TimeArrangement.FullTime], new AgeRange(0, 12), 1, NeedProfile.None, new LocalDate(2025, 2, 1)),
        new LocalDate(2025, 2, 1),
        [LanguageCode.Italian]);

    [Fact]
    public void A_specification_from_the_package_filters_the_registry()
    {
        FosterCarer[] registry = [Carer("C1", AssessmentStatus.Approved), Carer("C2", AssessmentStatus.Suspended), Carer("C3", AssessmentStatus.Approved, consent: false)];
        var searchable = Specification<FosterCarer>.Create(c => c.Status == AssessmentStatus.Approved && c.DataProcessingConsent != null);

        Assert.Equal(["C1"], searchable.Evaluate(registry).Select(c => c.Code.Value));
        Assert.False(searchable.IsSatisfiedBy(registry[2]));
    }

    [Fact]
    public void Ages_and_value_equality_work_from_the_package()
    {
        var birth = new LocalDate(2012, 2, 29);
        Assert.Equal(new LocalDate(2024, 2, 29), Ages.AnniversaryOf(birth, Ages.Hearing));
        Assert.Equal(new LocalDate(2026, 3, 1), Ages.AnniversaryOf(birth, Ages.WrittenConsent));
        Assert.Equal(13, Ages.YearsOn(birth, new LocalDate(2026, 2, 28)));
        Assert.Equal(14, Ages.YearsOn(birth, new LocalDate(2026, 3, 1)));
        Assert.Equal(Carer("C1", AssessmentStatus.Approved), Carer("C1", AssessmentStatus.Approved));
    }
}
