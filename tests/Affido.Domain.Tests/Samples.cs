using Affido.Domain;
using Affido.TestSupport;
using NodaTime;

namespace Affido.Domain.Tests;

/// <summary>Hand-written valid aggregates for example tests: each test breaks one thing with <c>with</c>.</summary>
internal static class Samples
{
    public static LocalDate Today => DomainGenerators.ReferenceDate;

    public static NodaTime.Testing.FakeClock Clock() => RomeClock.At(Today);

    public static Municipality Rozzano => DomainGenerators.SampleMunicipalities[0];

    public static Municipality Milano => DomainGenerators.SampleMunicipalities[1];

    public static MinorCode MinorCode => new("M000001");

    public static Minor Minor => new Minor
    {
        Code = MinorCode,
        BirthDate = new LocalDate(2011, 3, 15),
        Sex = Sex.Female,
        Languages = [LanguageCode.Italian],
        Background = new BackgroundTag("catholic"),
        Needs = NeedProfile.Of((NeedCategory.Health, NeedLevel.Low)),
        SiblingGroup = new SiblingGroupId("G0001"),
    };

    public static AgeRange AgeRange => new(0, 10);

    public static Availability Availability => new Availability
    {
        Forms = [PlacementForm.Ordinary, PlacementForm.Emergency],
        Arrangements = [TimeArrangement.FullTime],
        Ages = AgeRange,
        Places = 1,
        AcceptedNeeds = NeedProfile.AllHigh,
        From = new LocalDate(2025, 1, 1),
        Until = new LocalDate(2027, 1, 1),
    };

    public static Household Household => new(HouseholdType.Couple, [new LocalDate(2010, 1, 1)]);

    public static FosterCareService Service => new("Servizio Affidi", "Piazza Foglia 1, Rozzano", "+39 02 0000001", "affidi@example.org");

    public static FosterCarer Carer => new FosterCarer
    {
        Code = new CarerCode("C000001"),
        Municipality = Rozzano,
        Household = Household,
        Experience = new Experience(2, 40),
        Status = AssessmentStatus.Approved,
        DataProcessingConsent = new DataProcessingConsent(new LocalDate(2025, 1, 10)),
        Service = Service,
        Availability = Availability,
        WaitingSince = new LocalDate(2025, 2, 1),
        Languages = [LanguageCode.Italian, LanguageCode.English],
        Backgrounds = [new BackgroundTag("catholic")],
        Relatives = [new Relative(new PersonCode("P000001"), 2)],
    };

    public static LocalDate Start => new(2025, 9, 1);

    public static PartTimeSchedule Schedule => new([IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday], 8, "weekends");

    public static Placement Placement => new Placement
    {
        Minors = [Minor],
        Carer = new CarerCode("C000001"),
        FamilyOfOrigin = new FamilyOfOrigin(Milano),
        LegalBasis = LegalBasis.Consensual,
        Relationship = Relationship.NonKinship,
        Arrangement = TimeArrangement.FullTime,
        Form = PlacementForm.Ordinary,
        Start = Start,
        Consents = [new WrittenConsent(ConsentParty.Parents, Start.PlusDays(-10)), new WrittenConsent(ConsentParty.Minor, Start.PlusDays(-10), MinorCode)],
        Hearings = [new Hearing(MinorCode, Start.PlusDays(-20))],
        Commitment = new CarerCommitment(Start.PlusDays(-5)),
        Decrees = [new Decree(Authority.GuardianshipJudge, Start, "n. 12/2025")],
        Extensions = [new Extension(new LocalDate(2027, 8, 1), new LocalDate(2028, 8, 31), true, HarmGround.SeriousHarm)],
        Verifications = [new Verification(Start.PlusMonths(3))],
        CourtReports = [new CourtReport(Start.PlusMonths(6), Authority.GuardianshipJudge)],
        SiblingsPlacedApart = [new MinorCode("M000002")],
        SiblingContraindication = new SiblingContraindication(ContraindicationSource.Plan, "Different needs"),
        End = new PlacementEnd(new LocalDate(2027, 8, 31), EndReason.ReturnToFamily),
    };

    public static Placement PartTimePlacement => Placement with { Arrangement = TimeArrangement.PartTime, Schedule = Schedule };

    public static PlacementPlan Plan => new PlacementPlan
    {
        PresumedDuration = Period.FromMonths(24),
        Goals = "Return home",
        ContactArrangements = "Weekly meetings",
        FamilyOfOriginCommitments = "Parenting support",
        CarerCommitments = "Daily care",
        SocialServiceCommitments = "Monthly visits",
        VerificationCadence = Period.FromMonths(3),
        FosterCareServiceCommitments = "Training for the carers",
        ConsentOrDecreeReference = "Consent of 2025-08-20",
        Signatures = [new PlanSignature(Signatory.SocialService, Start), new PlanSignature(Signatory.Carers, Start), new PlanSignature(Signatory.FosterCareService, Start)],
    };
}
