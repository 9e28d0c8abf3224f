using Affido.TestSupport.Matching;
using FsCheck;
using FsCheck.Fluent;

namespace Affido.EntityFrameworkCore.Tests.Support;

/// <summary>Carers for the database properties, each generated from a seed (reproducible from a counterexample).</summary>
internal static class CarerGenerators
{
    /// <summary>
    /// 1 to 12 carers with unique codes and every member at its edges (texts, enum values beyond the defined ones,
    /// extreme numbers, dates from year 1 to 9999, null elements and codes, NaN coordinates): what "lossless" must survive.
    /// </summary>
    public static Gen<FosterCarer[]> OddCarers { get; } =
        from seed in Gen.Choose(0, int.MaxValue - 1)
        from count in Gen.Choose(1, 12)
        select Odd(new Random(seed), count);

    /// <summary>
    /// A synthetic registry (40 to 160 realistic carers over a small territory), with about one carer in five
    /// changed towards the edges the SQL pre-filter must get right: blank and odd districts, relatives whose codes
    /// differ only in case or hold SQL and JSON metacharacters, degrees outside 1–4, undefined forms and statuses.
    /// </summary>
    public static Gen<FosterCarer[]> EdgyRegistries { get; } =
        from seed in Gen.Choose(0, int.MaxValue - 1)
        from size in Gen.Choose(40, 160)
        select EdgyRegistry(seed, size);

    /// <summary>The registry <see cref="EdgyRegistries"/> draws for <paramref name="seed"/> and <paramref name="size"/>.</summary>
    public static FosterCarer[] EdgyRegistry(int seed, int size)
        => Edgy(PropertyRegistry.Generate(size, seed, SyntheticTerritory.Small, RegistryGenerators.PersonPool), new Random(seed));

    public static FosterCarer[] Odd(Random random, int count)
    {
        var carers = new FosterCarer[count];
        for (int i = 0; i < count; i++)
        {
            carers[i] = new FosterCarer
            {
                Code = new CarerCode(EdgeValues.UniqueCode(random, i)),
                Municipality = new Municipality(
                    new IstatCode(EdgeValues.Text(random)),
                    EdgeValues.Text(random),
                    new Province(NullOr(random, EdgeValues.Text), NullOr(random, EdgeValues.Text), NullOr(random, EdgeValues.Text),
                        random.Next(5) == 0 ? null! : new Region(NullOr(random, EdgeValues.Text), NullOr(random, EdgeValues.Text))),
                    random.Next(3) == 0 ? null : new DistrictCode(EdgeValues.Text(random)),
                    random.Next(3) == 0 ? null : new GeoPoint(EdgeValues.Double(random), EdgeValues.Double(random))),
                Household = new Household(EdgeValues.Enum<HouseholdType>(random), EdgeValues.List(random, EdgeValues.Date)),
                Status = EdgeValues.Enum<AssessmentStatus>(random),
                Availability = new Availability
                {
                    Forms = EdgeValues.List(random, EdgeValues.Enum<PlacementForm>, 7),
                    Arrangements = EdgeValues.List(random, EdgeValues.Enum<TimeArrangement>),
                    Places = EdgeValues.Int(random),
                    From = EdgeValues.Date(random),
                    Until = random.Next(3) == 0 ? null : EdgeValues.Date(random),
                    Ages = new AgeRange(EdgeValues.Int(random), EdgeValues.Int(random)),
                    AcceptedNeeds = NeedProfile.FromPacked((ushort)random.Next(0, ushort.MaxValue + 1)),
                },
                WaitingSince = EdgeValues.Date(random),
                Experience = new Experience(EdgeValues.Int(random), EdgeValues.Int(random)),
                DataProcessingConsent = random.Next(3) == 0 ? null : new DataProcessingConsent(EdgeValues.Date(random)),
                Service = random.Next(3) == 0 ? null
                    : new FosterCareService(NullOr(random, EdgeValues.Text), NullOr(random, EdgeValues.Text), NullOr(random, EdgeValues.Text), NullOr(random, EdgeValues.Text)),
                Languages = EdgeValues.List(random, r => r.Next(6) == 0 ? default : new LanguageCode(EdgeValues.Text(r, 3))),
                Backgrounds = EdgeValues.List(random, r => r.Next(6) == 0 ? default : new BackgroundTag(EdgeValues.Text(r))),
                Relatives = EdgeValues.List(random, r => r.Next(8) == 0 ? null! : new Relative(
                    r.Next(6) == 0 ? default : new PersonCode(r.Next(2) == 0 ? EdgeValues.Text(r) : EdgeValues.TrickyPersons[r.Next(EdgeValues.TrickyPersons.Length)]),
                    EdgeValues.Int(r),
                    EdgeValues.Enum<KinshipKind>(r))),
            };
        }

        return carers;
    }

    private static FosterCarer[] Edgy(FosterCarer[] carers, Random random)
    {
        var territory = SyntheticTerritory.Small.Municipalities;
        for (int i = 0; i < carers.Length; i++)
        {
            if (random.Next(5) != 0)
            {
                continue;
            }

            var carer = carers[i];
            switch (random.Next(6))
            {
                case 0:
                    string? district = random.Next(3) switch
                    {
                        0 => null,
                        1 => EdgeValues.BlankDistricts[random.Next(EdgeValues.BlankDistricts.Length)],
                        _ => territory[random.Next(territory.Count)].District!.Value.Value.ToLowerInvariant(),
                    };
                    carers[i] = carer with { Municipality = carer.Municipality with { District = district is null ? null : new DistrictCode(district) } };
                    break;
                case 1:
                case 2:
                    carers[i] = carer with
                    {
                        // No null element here: CarerIndex.Build does not accept one (a NullReferenceException, reported).
                        Relatives = EdgeValues.List(random, r => new Relative(
                            new PersonCode(EdgeValues.TrickyPersons[r.Next(EdgeValues.TrickyPersons.Length)]),
                            r.Next(-1, 7),
                            r.Next(2) == 0 ? KinshipKind.Blood : KinshipKind.Affinity), 3),
                    };
                    break;
                case 3:
                    carers[i] = carer with
                    {
                        Availability = carer.Availability with
                        {
                            Forms = carer.Availability.Forms.Add((PlacementForm)random.Next(5, 9)),
                            Arrangements = random.Next(2) == 0 ? carer.Availability.Arrangements : [(TimeArrangement)7],
                        },
                    };
                    break;
                case 4:
                    carers[i] = carer with { Status = (AssessmentStatus)random.Next(4, 9) };
                    break;
                default:
                    carers[i] = carer with { Availability = carer.Availability with { Places = random.Next(-1, 3), Until = carer.Availability.From.PlusDays(random.Next(-3, 3)) } };
                    break;
            }
        }

        return carers;
    }

    private static string NullOr(Random random, Func<Random, int, string> text) => random.Next(6) == 0 ? null! : text(random, 12);
}
