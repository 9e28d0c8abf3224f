using System.Globalization;
using Affido.TestSupport.Matching;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Affido.EntityFrameworkCore.Tests.Support;

/// <summary>Requests for the pre-filter properties, over the small synthetic territory, reproducible from a seed.</summary>
internal static class RequestGenerators
{
    /// <summary>Lists of 8 requests drawn from one seed.</summary>
    public static Gen<MatchRequest[]> Requests { get; } =
        from seed in Gen.Choose(0, int.MaxValue - 1)
        select Several(new Random(seed), 8);

    /// <summary><paramref name="count"/> requests from one random sequence.</summary>
    public static MatchRequest[] Several(Random random, int count)
        => Enumerable.Range(0, count).Select(_ => Random(random)).ToArray();

    /// <summary>
    /// A valid request: one minor (sometimes two or three siblings) with graded needs, any form and arrangement, a
    /// start two months either side of the registry's reference date, any protection (the family's municipality at
    /// times without a district), kinship searches and conflicting persons among the registry's relatives, including
    /// codes that differ only in case or hold SQL and JSON metacharacters.
    /// </summary>
    public static MatchRequest Random(Random random)
    {
        var territory = SyntheticTerritory.Small.Municipalities;
        int size = random.Next(100) < 70 ? 1 : random.Next(2, 4);
        var start = PropertyRegistry.ReferenceDate.PlusDays(random.Next(-60, 60));
        var minors = new List<Minor>();
        for (int i = 0; i < size; i++)
        {
            var needs = NeedProfile.None;
            for (int c = 0; c < NeedProfile.CategoryCount; c++)
            {
                int roll = random.Next(100);
                needs = needs.With((NeedCategory)c, roll < 65 ? NeedLevel.None : roll < 85 ? NeedLevel.Low : roll < 95 ? NeedLevel.Medium : NeedLevel.High);
            }

            minors.Add(new Minor
            {
                Code = new MinorCode(Person(random)),
                BirthDate = start.PlusDays(-random.Next(0, 17 * 365)),
                Sex = random.Next(2) == 0 ? Sex.Female : Sex.Male,
                Needs = needs,
                SiblingGroup = size > 1 ? new SiblingGroupId("S1") : null,
            });
        }

        var origin = territory[random.Next(territory.Count)];
        if (random.Next(6) == 0)
        {
            origin = origin with { District = null };
        }

        return new MatchRequest
        {
            Id = "R" + random.Next(100000).ToString(CultureInfo.InvariantCulture),
            Minors = minors.ToValueArray(),
            Form = random.Next(100) < 70 ? PlacementForm.Ordinary : (PlacementForm)random.Next(5),
            Arrangement = random.Next(100) < 75 ? TimeArrangement.FullTime : TimeArrangement.PartTime,
            ExpectedStart = start,
            ExpectedDuration = Period.FromMonths(random.Next(1, 30)),
            FamilyOfOrigin = origin,
            Protection = (ProtectionConstraint)random.Next(3),
            KinshipOnly = random.Next(100) < 30,
            IncludeInAssessment = random.Next(100) < 30,
            ConflictingPersons = Enumerable.Range(0, random.Next(100) < 50 ? random.Next(1, 4) : 0)
                .Select(_ => new PersonCode(Person(random)))
                .ToValueArray(),
        };
    }

    /// <summary>A person among the registry's relatives: mostly the synthetic pools, sometimes a tricky code.</summary>
    private static string Person(Random random) => random.Next(4) switch
    {
        0 => EdgeValues.TrickyPersons[random.Next(EdgeValues.TrickyPersons.Length)],
        1 => "P" + random.Next(RegistryGenerators.PersonPool).ToString(CultureInfo.InvariantCulture),
        _ => PropertyRegistry.MinorPerson(RegistryGenerators.PersonPool, random.Next(RegistryGenerators.PersonPool)),
    };
}
