using Affido.Domain;
using NodaTime;

namespace Affido.Rules.Tests.Judicial;

/// <summary>Shared facts for the judicial-timeline tests.</summary>
internal static class JudicialFixtures
{
    public static readonly DateTimeZone Rome = DateTimeZoneProviders.Tzdb["Europe/Rome"];

    /// <summary>A local time in Rome that exists exactly once (throws otherwise, so a test cannot pick an ambiguous one by mistake).</summary>
    public static Instant RomeTime(int year, int month, int day, int hour, int minute)
        => Rome.AtStrictly(new LocalDateTime(year, month, day, hour, minute)).ToInstant();

    public static string Local(Instant instant) => instant.InZone(Rome).ToString("uuuu-MM-dd HH:mm o<g>", System.Globalization.CultureInfo.InvariantCulture);

    public static readonly MinorCode MinorA = new("M-001");

    public static readonly Municipality Sondrio = new(new IstatCode("014061"), "Sondrio", new Province("014", "SO", "Sondrio", Region.Lombardy));

    public static Placement Placement(LocalDate start, params Extension[] extensions) => new Placement
    {
        Minors = [new Minor { Code = MinorA, BirthDate = start.PlusYears(-8), Sex = Sex.Female }],
        Carer = new CarerCode("C-001"),
        FamilyOfOrigin = new FamilyOfOrigin(Sondrio),
        LegalBasis = LegalBasis.Judicial,
        Relationship = Relationship.NonKinship,
        Arrangement = TimeArrangement.FullTime,
        Form = PlacementForm.Ordinary,
        Start = start,
        Extensions = [.. extensions],
    };

    public static FosterCarer Carer(string code, ValueArray<Relative> relatives = default, DataProcessingConsent? consent = null) => new FosterCarer
    {
        Code = new CarerCode(code),
        Municipality = Sondrio,
        Household = new Household(HouseholdType.Couple),
        Experience = new Experience(),
        Status = AssessmentStatus.Approved,
        DataProcessingConsent = consent,
        Service = new FosterCareService("Servizio affidi", "Via Roma 1, Sondrio", "0342 000000", "affidi@example.org"),
        Availability = new Availability
        {
            Forms = [PlacementForm.Ordinary],
            Arrangements = [TimeArrangement.FullTime],
            Ages = AgeRange.AnyMinor,
            Places = 1,
            AcceptedNeeds = default,
            From = new LocalDate(2020, 1, 1),
        },
        WaitingSince = new LocalDate(2020, 1, 1),
        Relatives = relatives,
    };

    public static string[] Codes(IEnumerable<Finding> findings) => [.. findings.Select(f => f.Code)];
}
