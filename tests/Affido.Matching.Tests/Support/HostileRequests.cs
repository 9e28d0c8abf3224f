using Affido.Domain;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Affido.Matching.Tests.Support;

/// <summary>
/// Requests as a hostile but fair caller builds them: a valid random request with up to four corruptions (null
/// members, null minors, dates at the ends of NodaTime's range or in another calendar, periods in hours or of a
/// hundred thousand years, coordinates that are NaN or out of range, undefined enums, empty codes).
/// </summary>
internal static class HostileRequests
{
    public static Arbitrary<MatchRequest> Arbitrary { get; } = Arb.From(
        from seed in Gen.Choose(0, int.MaxValue - 1)
        select Make(new Random(seed)));

    private static readonly LocalDate[] Dates =
    [
        LocalDate.MinIsoValue, LocalDate.MaxIsoValue, new(1, 1, 5), new(18, 6, 1), new(1899, 12, 31), new(1900, 1, 1),
        new(2199, 12, 31), new(2200, 1, 1), new(9982, 1, 1), new(2026, 3, 2, CalendarSystem.Julian),
    ];

    private static readonly Period?[] Periods =
    [
        null, Period.FromHours(1), Period.FromYears(100_000), Period.FromYears(9999), Period.Zero, Period.FromMonths(-3),
        Period.FromTicks(1), Period.FromMonths(1) - Period.FromDays(29), Period.FromDays(int.MaxValue), Period.FromWeeks(-int.MaxValue),
    ];

    private static readonly GeoPoint[] Points =
        [new(double.NaN, 9), new(45, double.PositiveInfinity), new(1000, 9), new(-90, -180), new(90.0000001, 0)];

    private static MatchRequest Make(Random random)
    {
        var request = Fixtures.Random(random);
        int corruptions = random.Next(0, 5);
        for (int i = 0; i < corruptions; i++)
        {
            request = Corrupt(request, random);
        }

        return request;
    }

    private static MatchRequest Corrupt(MatchRequest request, Random random) => random.Next(18) switch
    {
        0 => request with { Id = random.Next(2) == 0 ? null! : new string(' ', random.Next(3)) },
        1 => request with { Minors = [] },
        2 => request with { Minors = request.Minors.Add(null!) },
        3 => request with { Minors = request.Minors.Select(m => m is null ? m! : m with { BirthDate = Pick(random, Dates) }).ToValueArray() },
        4 => request with { Minors = request.Minors.IsEmpty ? request.Minors : request.Minors.Add(request.Minors[0]) },
        5 => request with { ExpectedStart = Pick(random, Dates) },
        6 => request with { ExpectedDuration = Pick(random, Periods)! },
        7 => request with { FamilyOfOrigin = null! },
        8 => request with { FamilyOfOrigin = Place(request.FamilyOfOrigin, random) },
        9 => request with { School = Place(request.School ?? request.FamilyOfOrigin, random) },
        10 => request with { Form = (PlacementForm)random.Next(-2, 8) },
        11 => request with { Arrangement = (TimeArrangement)random.Next(-2, 4) },
        12 => request with { Protection = (ProtectionConstraint)random.Next(-1, 5) },
        13 => request with { Languages = [default, new LanguageCode(" ")] },
        14 => request with { Backgrounds = [default] },
        15 => request with { ConflictingPersons = [default, new PersonCode("")] },
        16 => request with { Minors = request.Minors.Select(m => m is null ? m! : m with { Code = default, SiblingGroup = new SiblingGroupId("X" + random.Next(3)) }).ToValueArray() },
        _ => request with { SiblingContraindication = new SiblingContraindication(ContraindicationSource.Decree, "TM") },
    };

    private static Municipality Place(Municipality? place, Random random)
    {
        var town = place ?? Fixtures.Town(0);
        return random.Next(4) switch
        {
            0 => town with { Province = null! },
            1 => town with { Province = town.Province is null ? null! : town.Province with { Region = null! } },
            2 => town with { District = null },
            _ => town with { Location = Pick(random, Points) },
        };
    }

    private static T Pick<T>(Random random, T[] values) => values[random.Next(values.Length)];
}
