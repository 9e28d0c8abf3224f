using Affido.Domain;
using Affido.Matching;
using Affido.TestSupport.Matching;
using NodaTime;

namespace Affido.Benchmarks.Search;

/// <summary>The deterministic registry and request every search benchmark uses (fixed seed, realistic distributions).</summary>
public static class BenchmarkRegistry
{
    /// <summary>The seed of every generated registry.</summary>
    public const int Seed = 20260302;

    /// <summary>Carers over a region-sized synthetic territory (1,536 municipalities), relatives drawn from 5,000 persons.</summary>
    /// <param name="count">How many carers.</param>
    /// <returns>The registry.</returns>
    public static FosterCarer[] Carers(int count) => PropertyRegistry.Generate(count, Seed, SyntheticTerritory.Large, personPool: 5000);

    /// <summary>
    /// A typical request: an 8-year-old with low trauma and behaviour needs, ordinary full-time placement for 18 months,
    /// Italian and Arabic, school in the same town as the family, three professionals of the proceeding to check.
    /// </summary>
    public static MatchRequest Request { get; } = new MatchRequest
    {
        Id = "BENCH-1",
        Minors = [new Minor
        {
            Code = new MinorCode("M17"),
            BirthDate = PropertyRegistry.ReferenceDate.PlusYears(-8).PlusDays(-40),
            Sex = Sex.Female,
            Languages = [LanguageCode.Italian, LanguageCode.Arabic],
            Needs = NeedProfile.Of((NeedCategory.Trauma, NeedLevel.Low), (NeedCategory.Behaviour, NeedLevel.Low)),
        }],
        Form = PlacementForm.Ordinary,
        Arrangement = TimeArrangement.FullTime,
        ExpectedStart = PropertyRegistry.ReferenceDate,
        ExpectedDuration = Period.FromMonths(18),
        FamilyOfOrigin = SyntheticTerritory.Large.Municipalities[3],
        School = SyntheticTerritory.Large.Municipalities[3],
        ConflictingPersons = [new PersonCode("P12"), new PersonCode("P140"), new PersonCode("P2048")],
    };
}
