using Affido.Domain;
using Affido.TestSupport;
using NodaTime;

namespace Affido.Domain.Tests;

/// <summary>Hand-written valid aggregates for example tests: each test breaks one thing with <c>with</c>.</summary>
internal static class Samples
{
    public static LocalDate Today => DomainGenerators.ReferenceDate;

    public static FakeClock Clock() => FakeClock.AtRomeDate(Today);

    public static Municipality Rozzano => DomainGenerators.SampleMunicipalities[0];

    public static Municipality Milano => DomainGenerators.SampleMunicipalities[1];

    public static MinorCode MinorCode => new("M000001");

    public static Minor Minor => new(MinorCode, new LocalDate(2011, 3, 15), Sex.Female, [LanguageCode.Italian], new BackgroundTag("catholic"), NeedProfile.Of((NeedCategory.Health, NeedLevel.Low)), new SiblingGroupId("G0001"));

    public static AgeRange AgeRange => new(0, 10);

    public static Availability Availability => new([PlacementForm.Ordinary, PlacementForm.Emergency], [TimeArrangement.FullTime], AgeRange, 1, NeedProfile.AllHigh, new LocalDate(2025, 1, 1), new LocalDate(2027, 1, 1));

    public static Household Household => new(HouseholdType.Couple, [new LocalDate(2010, 1, 1)]);

    public static FosterCareService Service => new("Servizio Affidi", "Piazza Foglia 1, Rozzano", "+39 02 0000001", "affidi@example.org");

    public static FosterCarer Carer => new(
        new CarerCode("C000001"), Rozzano, Household, new Experience(2, 40), AssessmentStatus.Approved,
        new DataProcessingConsent(new LocalDate(2025, 1, 10)), Service, Availability, new LocalDate(2025, 2, 1),
        [LanguageCode.Italian, LanguageCode.English], [new BackgroundTag("catholic")], [new Relative(new PersonCode("P000001"), 2)]);

    public static LocalDate Start => new(2025, 9, 1);

    public static PartTimeSchedule Schedule => new([IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday], 8, "weekends");

    public static Placement Placement => new(
        [Minor], new CarerCode("C000001"), new FamilyOfOrigin(Milano), LegalBasis.Consensual, Relationship.NonKinship,
        TimeArrangement.FullTime, PlacementForm.Ordinary, Start,
        Consents: [new WrittenConsent(ConsentParty.Parents, Start.PlusDays(-10)), new WrittenConsent(ConsentParty.Minor, Start.PlusDays(-10), MinorCode)],
        Hearings: [new Hearing(MinorCode, Start.PlusDays(-20))],
        Commitment: new CarerCommitment(Start.PlusDays(-5)),
        Decrees: [new Decree(Authority.GuardianshipJudge, Start, "n. 12/2025")],
        Extensions: [new Extension(new LocalDate(2027, 8, 1), new LocalDate(2028, 8, 31), true, HarmGround.SeriousHarm)],
        Verifications: [new Verification(Start.PlusMonths(3))],
        CourtReports: [new CourtReport(Start.PlusMonths(6), Authority.GuardianshipJudge)],
        SiblingsPlacedApart: [new MinorCode("M000002")],
        SiblingContraindication: new SiblingContraindication(ContraindicationSource.Plan, "Different needs"),
        End: new PlacementEnd(new LocalDate(2027, 8, 31), EndReason.ReturnToFamily));

    public static Placement PartTimePlacement => Placement with { Arrangement = TimeArrangement.PartTime, Schedule = Schedule };

    public static PlacementPlan Plan => new(
        Period.FromMonths(24), "Return home", "Weekly meetings", "Parenting support", "Daily care", "Monthly visits",
        Period.FromMonths(3), "Training for the carers", "Consent of 2025-08-20",
        [new PlanSignature(Signatory.SocialService, Start), new PlanSignature(Signatory.Carers, Start), new PlanSignature(Signatory.FosterCareService, Start)]);
}
