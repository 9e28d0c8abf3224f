using Affido.Domain;
using Affido.TestSupport.Matching;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Affido.Matching.Tests.Support;

/// <summary>
/// Registries as they come from a careless import: synthetic carers of which some have a member missing, dates at the
/// ends of NodaTime's range, negative or huge numbers, undefined enums, coordinates that are NaN or out of range,
/// relatives of degree 0 or with no code.
/// </summary>
internal static class HostileCarers
{
    public static Arbitrary<(FosterCarer[] Carers, MatchRequest Request)> Arbitrary { get; } = Arb.From(
        from seed in Gen.Choose(0, int.MaxValue - 1)
        from size in Gen.Choose(5, 20) // small registries: the suite runs 10,000 of them (tests/hostile.sh)
        from request in Fixtures.Request
        select (Make(size, seed), request));

    private static readonly LocalDate[] Dates = [LocalDate.MinIsoValue, LocalDate.MaxIsoValue, new(0, 1, 1), new(1, 1, 1), new(9999, 1, 1)];

    private static FosterCarer[] Make(int size, int seed)
    {
        var random = new Random(seed);
        var carers = PropertyRegistry.Generate(size, seed, SyntheticTerritory.Small, RegistryGenerators.PersonPool);
        for (int i = 0; i < carers.Length; i++)
        {
            int corruptions = random.Next(100) < 30 ? random.Next(1, 4) : 0;
            for (int k = 0; k < corruptions; k++)
            {
                carers[i] = Corrupt(carers[i], random);
            }
        }

        // One registry in five has a carer the index must refuse, by name.
        if (random.Next(5) == 0)
        {
            int victim = random.Next(carers.Length);
            carers[victim] = Unreadable(carers[victim], random);
        }

        return carers;
    }

    private static FosterCarer Unreadable(FosterCarer carer, Random random) => random.Next(4) switch
    {
        0 => carer with { Availability = null! },
        1 => carer with { Household = null! },
        2 => carer with { Municipality = carer.Municipality with { Location = new GeoPoint(random.Next(2) == 0 ? double.NaN : 91, 9) } },
        _ => carer with { Relatives = carer.Relatives.Add(null!) },
    };

    private static FosterCarer Corrupt(FosterCarer carer, Random random) => random.Next(4, 16) switch
    {
        4 => carer with { WaitingSince = Pick(random, Dates) },
        5 => carer.WithAvailability(a => a with { From = Pick(random, Dates) }),
        6 => carer.WithAvailability(a => a with { Until = Pick(random, Dates) }),
        7 => carer with { Household = new Household(HouseholdType.Couple, [Pick(random, Dates), Pick(random, Dates)]) },
        8 => carer.WithAvailability(a => a with { Places = random.Next(2) == 0 ? -3 : int.MaxValue }),
        9 => carer.WithAvailability(a => a with { Ages = new AgeRange(random.Next(-300, 20), random.Next(-5, 300)) }),
        10 => carer with { Status = (AssessmentStatus)random.Next(-1, 9) },
        11 => carer.WithAvailability(a => a with { Forms = [(PlacementForm)random.Next(-2, 9)], Arrangements = [(TimeArrangement)random.Next(-2, 4)] }),
        12 => carer with { Experience = new Experience(random.Next(2) == 0 ? -7 : int.MaxValue, int.MinValue) },
        13 => carer with { Relatives = [new Relative(default, 2), new Relative(new PersonCode("M1"), random.Next(-2, 1)), new Relative(new PersonCode("P3"), 300)] },
        14 => carer with { Municipality = carer.Municipality with { District = random.Next(2) == 0 ? null : new DistrictCode(" ") } },
        _ => carer with { Languages = [default, new LanguageCode("")], Backgrounds = [default] },
    };

    private static T Pick<T>(Random random, T[] values) => values[random.Next(values.Length)];
}
