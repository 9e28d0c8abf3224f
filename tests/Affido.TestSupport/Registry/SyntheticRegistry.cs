using System.Runtime.InteropServices;
using Affido.Domain;
using NodaTime;

namespace Affido.TestSupport;

/// <summary>
/// A deterministic synthetic registry of foster carers (a "Banca Dati Famiglie Affidatarie") over the real
/// municipalities of Lombardy, for the demo, tests and benchmarks. No names: carers are <c>C0000001</c>... and the
/// minors that kinship searches look for are <c>MK000000</c>...
/// </summary>
/// <remarks>
/// <para>The same <see cref="SyntheticRegistryOptions"/> always give the same carers, on any machine, runtime and
/// number of cores: the generator uses its own SplitMix64 random source (not <see cref="Random"/>), and carers are
/// generated in fixed blocks of <see cref="BlockSize"/>, each from a seed derived from the registry seed and the block
/// number, so blocks can be generated in parallel without changing the result.</para>
/// <para>For the demo and the registry benchmark. The matching properties use <see cref="Matching.PropertyRegistry"/>,
/// whose small made-up territory exercises every filter and criterion.</para>
/// <para>Distributions (approximate shares; see the tests that check them):</para>
/// <list type="bullet">
/// <item>municipality: drawn with probability proportional to its 2011 population, so Milano holds about 13%;</item>
/// <item>household: couple with children 50%, couple without children 35%, single carer 15%; 1 to 3 own children
/// aged 0 to 25 (singles have children 30% of the time);</item>
/// <item>assessment: approved 80%, in assessment 10%, suspended 5%, withdrawn 5%; informed consent to data processing
/// 95% (given up to 60 days before the waiting-since date);</item>
/// <item>time arrangement: full-time only 70%, full- and part-time 15%, part-time only 15%;</item>
/// <item>forms: ordinary 97%, emergency (pronta accoglienza) 15%, unaccompanied foreign minors 8%, professional 3%,
/// solidarity between families 5% (every carer accepts at least one form);</item>
/// <item>ages accepted: 0-5 15%, 0-10 20%, 3-12 20%, 6-17 20%, 11-17 10%, any minor 15%;</item>
/// <item>places: 1 60%, 2 30%, 3 8%, 4 2%;</item>
/// <item>needs accepted: per category none 25%, low 40%, medium 25%, high 10%; a further 8% of carers (often with
/// previous placements) accept high needs in every category;</item>
/// <item>languages: Italian always; English 35%, French 8%, Arabic 6%, Spanish 5%, Romanian 5%, Albanian 4%,
/// Chinese 2%; a background tag for 15% of carers;</item>
/// <item>experience: no previous placement 50%, 1-2 35%, 3-8 15%; 8 to 120 hours of training;</item>
/// <item>available from up to a year before <see cref="SyntheticRegistryOptions.AsOf"/> (10% only from up to 90 days
/// after), until an end date for 20%; waiting since up to four years;</item>
/// <item>relatives: 3% of carers are relatives (degree 1 to 4, mostly by blood) of one or two minors
/// <see cref="KinshipMinorCode"/> of a pool of <c>count / 20 + 1</c> minors, so a kinship request for such a minor
/// finds them (the matching filters compare the carer's relatives with the minor's code as a person).</item>
/// </list>
/// </remarks>
public static class SyntheticRegistry
{
    /// <summary>The number of carers generated from one derived seed; fixed so the result does not depend on parallelism.</summary>
    public const int BlockSize = 16_384;

    /// <summary>The tags a carer may carry as cultural or religious background (recorded only when relevant).</summary>
    public static IReadOnlyList<BackgroundTag> BackgroundTags { get; } =
        [new("catholic"), new("muslim"), new("orthodox"), new("evangelical"), new("secular")];

    /// <summary>The languages the generator draws, Italian first.</summary>
    public static IReadOnlyList<LanguageCode> Languages { get; } =
        [new("it"), new("en"), new("ar"), new("es"), new("ro"), new("sq"), new("fr"), new("zh")];

    private static readonly double[] LanguageShares = [1.0, 0.35, 0.06, 0.05, 0.05, 0.04, 0.08, 0.02];

    private static readonly AgeRange[] AgeRanges = [new(0, 5), new(0, 10), new(3, 12), new(6, 17), new(11, 17), AgeRange.AnyMinor];
    private static readonly double[] AgeRangeShares = [0.15, 0.20, 0.20, 0.20, 0.10, 0.15];

    /// <summary>The pseudonymous code of minor number <paramref name="number"/> of the pool whose relatives are carers.</summary>
    /// <param name="number">A non-negative number.</param>
    /// <returns>A code such as <c>MK000042</c>; <see cref="MinorCode.AsPerson"/> gives the person the carers are related to.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is negative.</exception>
    public static MinorCode KinshipMinorCode(int number)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(number);
        return new MinorCode(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"MK{number:D6}"));
    }

    /// <summary>The code of carer number <paramref name="number"/> (0-based) of a generated registry.</summary>
    /// <param name="number">A non-negative number.</param>
    /// <returns>A code such as <c>C0000001</c> for number 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is negative.</exception>
    public static CarerCode CarerCodeFor(int number)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(number);
        return new CarerCode(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"C{number + 1:D7}"));
    }

    /// <summary>Generates <paramref name="options"/>.<see cref="SyntheticRegistryOptions.Count"/> carers.</summary>
    /// <param name="options">Size, seed and reference date.</param>
    /// <param name="progress">Optional: told the number of carers generated so far, once per block (from any thread).</param>
    /// <returns>The carers, in code order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The count is negative.</exception>
    public static FosterCarer[] Generate(SyntheticRegistryOptions options, IProgress<int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(options.Count);
        var territory = options.Territory ?? LombardyTerritory.Instance;
        var shared = new SharedValues(territory, options.AsOf);
        var carers = new FosterCarer[options.Count];
        int blocks = (options.Count + BlockSize - 1) / BlockSize;
        int done = 0;
        Parallel.For(0, blocks, block =>
        {
            var random = new SplitMix64(SplitMix64.Mix(options.Seed ^ SplitMix64.Mix((ulong)block + 1)));
            int end = Math.Min(options.Count, (block + 1) * BlockSize);
            for (int i = block * BlockSize; i < end; i++)
            {
                carers[i] = NewCarer(i, ref random, shared, options);
            }
            int total = Interlocked.Add(ref done, end - block * BlockSize);
            progress?.Report(total);
        });
        return carers;
    }

    /// <summary>Generates <paramref name="count"/> carers with <paramref name="seed"/> on the default reference date.</summary>
    /// <param name="count">How many carers.</param>
    /// <param name="seed">The seed.</param>
    /// <returns>The carers, in code order.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public static FosterCarer[] Generate(int count, ulong seed = SyntheticRegistryOptions.DefaultSeed)
        => Generate(new SyntheticRegistryOptions(count, seed));

    private static FosterCarer NewCarer(int number, ref SplitMix64 random, SharedValues shared, SyntheticRegistryOptions options)
    {
        var asOf = options.AsOf;
        var municipality = shared.PickMunicipality(ref random);

        double roll = random.NextDouble();
        var type = roll < 0.85 ? HouseholdType.Couple : HouseholdType.SinglePerson;
        bool withChildren = type == HouseholdType.Couple ? roll < 0.50 : random.NextDouble() < 0.30;
        Household household;
        if (withChildren)
        {
            int children = 1 + random.NextInt(3);
            var births = new LocalDate[children];
            for (int c = 0; c < children; c++)
            {
                births[c] = asOf.PlusDays(-random.NextInt(26 * 365));
            }
            Array.Sort(births);
            household = new Household(type, new ValueArray<LocalDate>(ImmutableCollectionsMarshal.AsImmutableArray(births)));
        }
        else
        {
            household = type == HouseholdType.Couple ? shared.CoupleWithoutChildren : shared.Single;
        }

        double experienceRoll = random.NextDouble();
        int previous = experienceRoll < 0.50 ? 0 : experienceRoll < 0.85 ? 1 + random.NextInt(2) : 3 + random.NextInt(6);
        var experience = shared.Experience(previous, 8 + random.NextInt(113));

        double statusRoll = random.NextDouble();
        var status = statusRoll < 0.80 ? AssessmentStatus.Approved
            : statusRoll < 0.90 ? AssessmentStatus.InAssessment
            : statusRoll < 0.95 ? AssessmentStatus.Suspended
            : AssessmentStatus.Withdrawn;

        var waitingSince = asOf.PlusDays(-random.NextInt(4 * 365));
        DataProcessingConsent? consent = random.NextDouble() < 0.95
            ? shared.ConsentOn(waitingSince.PlusDays(-random.NextInt(60)))
            : null;

        int forms = 0;
        if (random.NextDouble() < 0.97) { forms |= 1 << (int)PlacementForm.Ordinary; }
        if (random.NextDouble() < 0.15) { forms |= 1 << (int)PlacementForm.Emergency; }
        if (random.NextDouble() < 0.03) { forms |= 1 << (int)PlacementForm.Professional; }
        if (random.NextDouble() < 0.08) { forms |= 1 << (int)PlacementForm.UnaccompaniedForeignMinor; }
        if (random.NextDouble() < 0.05) { forms |= 1 << (int)PlacementForm.SolidarityNeighbourhood; }
        if (forms == 0) { forms = 1 << (int)PlacementForm.Ordinary; }

        double arrangementRoll = random.NextDouble();
        int arrangements = arrangementRoll < 0.70 ? 0 : arrangementRoll < 0.85 ? 1 : 2;

        var ages = AgeRanges[Pick(AgeRangeShares, random.NextDouble())];
        double placesRoll = random.NextDouble();
        int places = placesRoll < 0.60 ? 1 : placesRoll < 0.90 ? 2 : placesRoll < 0.98 ? 3 : 4;

        NeedProfile needs;
        if (random.NextDouble() < (previous >= 3 ? 0.25 : 0.05))
        {
            needs = NeedProfile.AllHigh;
        }
        else
        {
            needs = NeedProfile.None;
            for (int c = 0; c < NeedProfile.CategoryCount; c++)
            {
                double levelRoll = random.NextDouble();
                var level = levelRoll < 0.25 ? NeedLevel.None : levelRoll < 0.65 ? NeedLevel.Low : levelRoll < 0.90 ? NeedLevel.Medium : NeedLevel.High;
                needs = needs.With((NeedCategory)c, level);
            }
        }

        var from = random.NextDouble() < 0.10 ? asOf.PlusDays(1 + random.NextInt(90)) : asOf.PlusDays(-random.NextInt(365));
        LocalDate? until = random.NextDouble() < 0.20 ? asOf.PlusDays(180 + random.NextInt(551)) : null;
        var availability = new Availability
        {
            Forms = shared.Forms[forms], Arrangements = shared.Arrangements[arrangements], Ages = ages, Places = places,
            AcceptedNeeds = needs, From = from, Until = until,
        };

        int languages = 1;
        for (int l = 1; l < LanguageShares.Length; l++)
        {
            if (random.NextDouble() < LanguageShares[l])
            {
                languages |= 1 << l;
            }
        }

        var backgrounds = random.NextDouble() < 0.15 ? shared.Backgrounds[random.NextInt(shared.Backgrounds.Length)] : default;

        ValueArray<Relative> relatives = default;
        if (random.NextDouble() < 0.03)
        {
            int pool = options.Count / 20 + 1;
            var first = new Relative(KinshipMinorCode(random.NextInt(pool)).AsPerson(), 1 + random.NextInt(4), random.NextDouble() < 0.8 ? KinshipKind.Blood : KinshipKind.Affinity);
            relatives = random.NextDouble() < 0.3
                ? [first, new Relative(KinshipMinorCode(random.NextInt(pool)).AsPerson(), 1 + random.NextInt(4))]
                : [first];
        }

        return new FosterCarer
        {
            Code = CarerCodeFor(number),
            Municipality = municipality,
            Household = household,
            Experience = experience,
            Status = status,
            DataProcessingConsent = consent,
            Service = shared.ServiceFor(municipality),
            Availability = availability,
            WaitingSince = waitingSince,
            Languages = shared.LanguageSets[languages],
            Backgrounds = backgrounds,
            Relatives = relatives,
        };
    }

    private static int Pick(double[] shares, double roll)
    {
        double cumulative = 0;
        for (int i = 0; i < shares.Length - 1; i++)
        {
            cumulative += shares[i];
            if (roll < cumulative)
            {
                return i;
            }
        }
        return shares.Length - 1;
    }

    /// <summary>Immutable values shared by many carers, built once per generation (allocation is what makes 1,000,000 carers slow).</summary>
    private sealed class SharedValues
    {
        private readonly Municipality[] municipalities;
        private readonly long[] cumulativePopulation;
        private readonly Dictionary<string, FosterCareService> services = new(StringComparer.Ordinal);

        private const int MaxPreviousPlacements = 8;
        private const int MaxTrainingHours = 120;
        private const int ConsentDays = 4 * 365 + 60;

        private readonly Experience[] experiences = new Experience[(MaxPreviousPlacements + 1) * (MaxTrainingHours + 1)];
        private readonly DataProcessingConsent[] consents = new DataProcessingConsent[ConsentDays + 1];
        private readonly LocalDate asOf;

        public SharedValues(LombardyTerritory territory, LocalDate asOf)
        {
            this.asOf = asOf;
            for (int p = 0; p <= MaxPreviousPlacements; p++)
            {
                for (int h = 0; h <= MaxTrainingHours; h++)
                {
                    experiences[p * (MaxTrainingHours + 1) + h] = new Experience(p, h);
                }
            }
            for (int d = 0; d <= ConsentDays; d++)
            {
                consents[d] = new DataProcessingConsent(asOf.PlusDays(-d));
            }
            municipalities = [.. territory.Municipalities];
            cumulativePopulation = new long[municipalities.Length];
            long sum = 0;
            for (int i = 0; i < municipalities.Length; i++)
            {
                sum += Math.Max(1, territory.PopulationAt(i));
                cumulativePopulation[i] = sum;
            }
            foreach (var province in territory.Provinces)
            {
                services[province.Code] = new FosterCareService(
                    $"Servizio Affidi {province.Name}",
                    $"Ufficio Tutela Minori, provincia di {province.Name} ({province.Abbreviation})",
                    $"+39 000 {province.Code}0000",
                    $"affidi.{province.Abbreviation.ToLowerInvariant()}@example.org");
            }
            Forms = new ValueArray<PlacementForm>[32];
            for (int mask = 0; mask < Forms.Length; mask++)
            {
                Forms[mask] = [.. Enum.GetValues<PlacementForm>().Where(f => (mask & (1 << (int)f)) != 0)];
            }
            LanguageSets = new ValueArray<LanguageCode>[1 << Languages.Count];
            for (int mask = 0; mask < LanguageSets.Length; mask++)
            {
                LanguageSets[mask] = [.. Languages.Where((_, i) => (mask & (1 << i)) != 0)];
            }
            Backgrounds = [.. BackgroundTags.Select(tag => (ValueArray<BackgroundTag>)[tag])];
        }

        public Household CoupleWithoutChildren { get; } = new(HouseholdType.Couple);

        public Household Single { get; } = new(HouseholdType.SinglePerson);

        public ValueArray<PlacementForm>[] Forms { get; }

        public ValueArray<TimeArrangement>[] Arrangements { get; } =
            [[TimeArrangement.FullTime], [TimeArrangement.FullTime, TimeArrangement.PartTime], [TimeArrangement.PartTime]];

        public ValueArray<LanguageCode>[] LanguageSets { get; }

        public ValueArray<BackgroundTag>[] Backgrounds { get; }

        public Municipality PickMunicipality(ref SplitMix64 random)
        {
            long target = random.NextLong(cumulativePopulation[^1]);
            int index = Array.BinarySearch(cumulativePopulation, target + 1);
            return municipalities[index >= 0 ? index : ~index];
        }

        /// <summary>A shared <see cref="Affido.Domain.Experience"/> (records are immutable, so sharing is invisible).</summary>
        public Experience Experience(int previous, int trainingHours) => experiences[previous * (MaxTrainingHours + 1) + trainingHours];

        /// <summary>A shared consent given on <paramref name="date"/>, within the generator's range of dates.</summary>
        public DataProcessingConsent ConsentOn(LocalDate date) => consents[Period.DaysBetween(date, asOf)];

        public FosterCareService ServiceFor(Municipality municipality) => services[municipality.Province.Code];
    }
}
