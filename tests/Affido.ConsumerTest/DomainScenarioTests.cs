using Affido.Domain;
using Ardalis.Specification;
using NodaTime;

namespace Affido.ConsumerTest;

/// <summary>
/// What an integrator does first with Affido.Domain from the package: build carers, filter them with an
/// Ardalis.Specification (the package Affido.Matching brings), compute ages.
/// </summary>
public class DomainScenarioTests
{
    private static readonly Province Milano = new("015", "MI", "Milano", Region.Lombardy);
    private static readonly Municipality Rozzano = new(new IstatCode("015189"), "Rozzano", Milano, new DistrictCode("visconteo-sud-milano"));

    internal static FosterCarer Carer(string code, AssessmentStatus status, bool consent = true) => new FosterCarer
    {
        Code = new CarerCode(code),
        Municipality = Rozzano,
        Household = new Household(HouseholdType.Couple),
        Experience = new Experience(PreviousPlacements: 1, TrainingHours: 40),
        Status = status,
        DataProcessingConsent = consent ? new DataProcessingConsent(new LocalDate(2025, 1, 10)) : null,
        Service = new FosterCareService("Servizio Affidi", "Via Esempio 1, Rozzano", "+39 02 000000", "affidi@example.org"),
        Availability = new Availability
        {
            Forms = [PlacementForm.Ordinary],
            Arrangements = [TimeArrangement.FullTime],
            Ages = new AgeRange(0, 12),
            Places = 1,
            AcceptedNeeds = NeedProfile.None,
            From = new LocalDate(2025, 2, 1),
        },
        WaitingSince = new LocalDate(2025, 2, 1),
        Languages = [LanguageCode.Italian],
    };

    [Fact]
    public void A_specification_from_the_package_filters_the_registry()
    {
        FosterCarer[] registry = [Carer("C1", AssessmentStatus.Approved), Carer("C2", AssessmentStatus.Suspended), Carer("C3", AssessmentStatus.Approved, consent: false)];
        var searchable = new Specification<FosterCarer>();
        searchable.Query.Where(c => c.Status == AssessmentStatus.Approved && c.DataProcessingConsent != null);

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
