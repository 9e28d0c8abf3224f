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

    public static Placement Placement(LocalDate start, params Extension[] extensions) => new(
        [new Minor(MinorA, start.PlusYears(-8), Sex.Female)],
        new CarerCode("C-001"),
        new FamilyOfOrigin(Sondrio),
        LegalBasis.Judicial,
        Relationship.NonKinship,
        TimeArrangement.FullTime,
        PlacementForm.Ordinary,
        start,
        Extensions: [.. extensions]);

    public static FosterCarer Carer(string code, ValueArray<Relative> relatives) => new(
        new CarerCode(code),
        Sondrio,
        new Household(HouseholdType.Couple),
        new Experience(),
        AssessmentStatus.Approved,
        null,
        new FosterCareService("Servizio affidi", "Via Roma 1, Sondrio", "0342 000000", "affidi@example.org"),
        new Availability([PlacementForm.Ordinary], [TimeArrangement.FullTime], AgeRange.AnyMinor, 1, default, new LocalDate(2020, 1, 1)),
        new LocalDate(2020, 1, 1),
        Relatives: relatives);

    public static string[] Codes(IEnumerable<Finding> findings) => [.. findings.Select(f => f.Code)];
}
