using Affido.Domain;
using NodaTime;

namespace Affido.TestSupport.Matching;

/// <summary>
/// A deterministic synthetic carer registry with realistic distributions (most carers approved and consenting,
/// ordinary full-time placements most common, one or two places, Italian spoken by nearly all, a few relatives).
/// The same seed always gives the same registry.
/// </summary>
/// <remarks>
/// For the matching properties and the search benchmark: a small made-up <see cref="SyntheticTerritory"/> with
/// coordinates, relatives up to the 6th degree and professionals' codes, so that every filter and criterion is
/// exercised. For a registry over the real Lombardy territory (the demo), use <see cref="Affido.TestSupport.SyntheticRegistry"/>.
/// </remarks>
public static class PropertyRegistry
{
    /// <summary>The reference date the registry is generated around.</summary>
    public static LocalDate ReferenceDate { get; } = new(2026, 3, 2);

    /// <summary>Common language codes (dictionary-encoded by the index).</summary>
    public static IReadOnlyList<string> CommonLanguages { get; } = ["it", "en", "ar", "ro", "sq", "es", "fr", "zh", "uk", "ur"];

    /// <summary>Background tags.</summary>
    public static IReadOnlyList<string> BackgroundTags { get; } = ["catholic", "muslim", "orthodox", "protestant", "secular", "sikh"];

    /// <summary>Person codes the carers' relatives are drawn from: minors <c>M0…</c> and professionals <c>P0…</c>.</summary>
    /// <param name="pool">Pool size.</param>
    /// <param name="index">Index in the pool.</param>
    /// <returns>The minor's code.</returns>
    public static string MinorPerson(int pool, int index) => "M" + (index % pool).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Generates <paramref name="count"/> carers with codes <c>C0000000</c>… in a shuffled order.</summary>
    /// <param name="count">How many.</param>
    /// <param name="seed">Random seed.</param>
    /// <param name="territory">Where they live.</param>
    /// <param name="personPool">Size of the pools of minors and professionals relatives are drawn from.</param>
    /// <returns>The carers.</returns>
    public static FosterCarer[] Generate(int count, int seed, SyntheticTerritory territory, int personPool = 50)
    {
        ArgumentNullException.ThrowIfNull(territory);
        var random = new Random(seed);
        int[] serials = Enumerable.Range(0, count).ToArray();
        random.Shuffle(serials);
        var services = Enumerable.Range(0, 8).Select(i => new FosterCareService($"Servizio affidi {i}", $"Via {i}", "000", $"affidi{i}@example.org")).ToArray();
        var consent = new DataProcessingConsent(ReferenceDate.PlusDays(-400));
        var carers = new FosterCarer[count];
        for (int i = 0; i < count; i++)
        {
            carers[i] = Carer(random, "C" + serials[i].ToString("0000000", System.Globalization.CultureInfo.InvariantCulture), territory, services, consent, personPool);
        }

        return carers;
    }

    private static FosterCarer Carer(Random random, string code, SyntheticTerritory territory, FosterCareService[] services, DataProcessingConsent consent, int personPool)
    {
        var status = Pick(random, 70, 15, 10, 5) switch
        {
            0 => AssessmentStatus.Approved,
            1 => AssessmentStatus.InAssessment,
            2 => AssessmentStatus.Suspended,
            _ => AssessmentStatus.Withdrawn,
        };
        var forms = new List<PlacementForm>();
        AddIf(random, forms, 90, PlacementForm.Ordinary);
        AddIf(random, forms, 30, PlacementForm.Emergency);
        AddIf(random, forms, 10, PlacementForm.Professional);
        AddIf(random, forms, 10, PlacementForm.UnaccompaniedForeignMinor);
        AddIf(random, forms, 15, PlacementForm.SolidarityNeighbourhood);
        var arrangements = new List<TimeArrangement>();
        AddIf(random, arrangements, 85, TimeArrangement.FullTime);
        AddIf(random, arrangements, 45, TimeArrangement.PartTime);
        int minAge = random.Next(0, 11);
        int maxAge = random.Next(minAge, 18);
        int places = Pick(random, 50, 30, 15, 5) + 1;
        var needs = NeedProfile.None;
        for (int c = 0; c < NeedProfile.CategoryCount; c++)
        {
            needs = needs.With((NeedCategory)c, (NeedLevel)Pick(random, 15, 35, 35, 15));
        }

        var from = ReferenceDate.PlusDays(random.Next(-1200, 120));
        LocalDate? until = random.Next(100) < 45 ? null : from.PlusDays(random.Next(120, 1500));
        var municipality = territory.Municipalities[Skewed(random, territory.Municipalities.Count)];
        var children = new List<LocalDate>();
        int childCount = Pick(random, 45, 25, 22, 8);
        for (int k = 0; k < childCount; k++)
        {
            children.Add(ReferenceDate.PlusDays(-random.Next(0, 30 * 365)));
        }

        var household = new Household(random.Next(100) < 75 ? HouseholdType.Couple : HouseholdType.SinglePerson, children.ToValueArray());
        var experience = new Experience(Math.Min(8, (int)(-Math.Log(1 - random.NextDouble()) * 1.5)), random.Next(0, 81));
        var languages = new List<LanguageCode>();
        if (random.Next(100) < 98)
        {
            languages.Add(LanguageCode.Italian);
        }

        int[] languageOdds = [0, 20, 8, 6, 5, 4, 5, 2, 3, 2];
        for (int l = 1; l < CommonLanguages.Count; l++)
        {
            if (random.Next(100) < languageOdds[l])
            {
                languages.Add(new LanguageCode(CommonLanguages[l]));
            }
        }

        if (random.Next(100) < 3)
        {
            languages.Add(new LanguageCode("x" + random.Next(0, 90).ToString("00", System.Globalization.CultureInfo.InvariantCulture)));
        }

        var backgrounds = new List<BackgroundTag>();
        int[] backgroundOdds = [40, 6, 5, 3, 20, 1];
        for (int b = 0; b < BackgroundTags.Count; b++)
        {
            if (random.Next(100) < backgroundOdds[b])
            {
                backgrounds.Add(new BackgroundTag(BackgroundTags[b]));
            }
        }

        var relatives = new List<Relative>();
        if (random.Next(100) < 8)
        {
            int relativeCount = random.Next(1, 4);
            for (int r = 0; r < relativeCount; r++)
            {
                string person = random.Next(3) == 0
                    ? "P" + random.Next(personPool).ToString(System.Globalization.CultureInfo.InvariantCulture)
                    : MinorPerson(personPool, random.Next(personPool));
                relatives.Add(new Relative(new PersonCode(person), random.Next(1, 7), random.Next(3) == 0 ? KinshipKind.Affinity : KinshipKind.Blood));
            }
        }

        return new FosterCarer
        {
            Code = new CarerCode(code),
            Municipality = municipality,
            Household = household,
            Experience = experience,
            Status = status,
            DataProcessingConsent = random.Next(100) < 95 ? consent : null,
            Service = services[random.Next(services.Length)],
            Availability = new Availability
            {
                Forms = forms.ToValueArray(), Arrangements = arrangements.ToValueArray(), Ages = new AgeRange(minAge, maxAge),
                Places = places, AcceptedNeeds = needs, From = from, Until = until,
            },
            WaitingSince = ReferenceDate.PlusDays(-random.Next(0, 1500)),
            Languages = languages.ToValueArray(),
            Backgrounds = backgrounds.ToValueArray(),
            Relatives = relatives.ToValueArray(),
        };
    }

    private static int Pick(Random random, params ReadOnlySpan<int> weights)
    {
        int total = 0;
        foreach (int w in weights)
        {
            total += w;
        }

        int roll = random.Next(total);
        for (int i = 0; i < weights.Length; i++)
        {
            if (roll < weights[i])
            {
                return i;
            }

            roll -= weights[i];
        }

        return weights.Length - 1;
    }

    private static void AddIf<T>(Random random, List<T> list, int percent, T item)
    {
        if (random.Next(100) < percent)
        {
            list.Add(item);
        }
    }

    /// <summary>Skewed towards the first municipalities (the large towns), as registries are.</summary>
    private static int Skewed(Random random, int count)
    {
        double u = random.NextDouble();
        return Math.Min(count - 1, (int)(u * u * count));
    }
}
