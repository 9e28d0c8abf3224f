using System.Globalization;
using Affido.Domain;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Affido.TestSupport;

/// <summary>
/// FsCheck 3 generators, written as explicit LINQ <see cref="Gen{T}"/>s, for every domain type. Every generated value
/// is VALID: it respects the invariants the validators check (codes not blank, ISTAT codes of real Lombardy
/// municipalities matching their province, minors born before the placement starts, availability ending after it starts,
/// a schedule exactly for part-time placements, positive plan periods...), so rules and matching tests start from
/// sound input and corrupt it on purpose.
/// </summary>
/// <remarks>
/// Dates that must not be in the future (own children's births, consents to data processing, waiting since) are on or
/// before <see cref="ReferenceDate"/>: validate generated carers with a clock at that date
/// (<c>RomeClock.At(DomainGenerators.ReferenceDate)</c>). Register <see cref="DomainArbitraries"/> to get them
/// as default arbitraries.
/// </remarks>
public static class DomainGenerators
{
    /// <summary>The "today" of generated data: no date that must be in the past is after it (1 June 2026).</summary>
    public static LocalDate ReferenceDate { get; } = new(2026, 6, 1);

    /// <summary>The metropolitan city of Milano (ISTAT 015, MI).</summary>
    public static Province Milano { get; } = new("015", "MI", "Milano", Region.Lombardy);

    /// <summary>The province of Sondrio (ISTAT 014, SO).</summary>
    public static Province Sondrio { get; } = new("014", "SO", "Sondrio", Region.Lombardy);

    /// <summary>The province of Monza e della Brianza (ISTAT 108, MB).</summary>
    public static Province MonzaBrianza { get; } = new("108", "MB", "Monza e della Brianza", Region.Lombardy);

    /// <summary>The Ambito Distrettuale Visconteo Sud Milano, led by Rozzano (members from the Piano di Zona 2025-2027).</summary>
    public static SocialDistrict VisconteoSudMilano { get; } = LombardyTerritory.Instance.District(new DistrictCode("visconteo-sud-milano"));

    /// <summary>The Ambito di Cinisello Balsamo (Cinisello Balsamo, Bresso, Cormano, Cusano Milanino; DUP 2026-2028).</summary>
    public static SocialDistrict CiniselloBalsamo { get; } = LombardyTerritory.Instance.District(new DistrictCode("cinisello-balsamo"));

    /// <summary>
    /// Real Lombardy municipalities (ISTAT list 2020: see Territory/Data/README.md): 015189 Rozzano, 015146 Milano,
    /// 015077 Cinisello Balsamo, 014061 Sondrio, 108033 Monza, with their provinces, districts where the network lists
    /// them, and approximate town-hall coordinates.
    /// </summary>
    public static IReadOnlyList<Municipality> SampleMunicipalities { get; } =
    [
        new(new IstatCode("015189"), "Rozzano", Milano, VisconteoSudMilano.Code, new GeoPoint(45.3826, 9.1556)),
        new(new IstatCode("015146"), "Milano", Milano, null, new GeoPoint(45.4669, 9.1900)),
        new(new IstatCode("015077"), "Cinisello Balsamo", Milano, CiniselloBalsamo.Code, new GeoPoint(45.5580, 9.2146)),
        new(new IstatCode("014061"), "Sondrio", Sondrio, null, new GeoPoint(46.1699, 9.8715)),
        new(new IstatCode("108033"), "Monza", MonzaBrianza, null, null),
    ];

    /// <summary>A few foster-care services, as offices (never persons).</summary>
    public static IReadOnlyList<FosterCareService> SampleServices { get; } =
    [
        new("Servizio Affidi Visconteo Sud Milano", "Piazza Foglia 1, 20089 Rozzano (MI)", "+39 02 0000001", "affidi@visconteo.example.org"),
        new("Servizio Affidi Comune di Milano", "Via Larga 12, 20122 Milano (MI)", "+39 02 0000002", "affidi@milano.example.org"),
        new("Servizio Affidi Ufficio di Piano di Sondrio", "Piazza Campello 1, 23100 Sondrio (SO)", "+39 0342 000003", "affidi@sondrio.example.org"),
    ];

    private static readonly LanguageCode[] SampleLanguages = new[] { "it", "en", "ar", "fr", "es", "ro", "sq", "zh", "uk" }.Select(v => new LanguageCode(v)).ToArray();
    private static readonly BackgroundTag[] SampleBackgrounds = new[] { "catholic", "muslim", "orthodox-christian", "roma", "none-declared" }.Select(v => new BackgroundTag(v)).ToArray();
    private static readonly string[] SampleTexts =
    [
        "Return to the family of origin within the presumed duration.",
        "Weekly meetings at the service, monthly at home.",
        "Parenting support with the family centre.",
        "Accompany the minor to school and to therapy.",
        "Monthly verification with the social worker.",
    ];

    /// <summary>A boolean.</summary>
    public static Gen<bool> Booleans { get; } = Gen.Elements(true, false);

    /// <summary>Every defined value of <typeparamref name="TEnum"/>, uniformly.</summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    public static Gen<TEnum> EnumValues<TEnum>() where TEnum : struct, Enum => Gen.Elements(Enum.GetValues<TEnum>());

    /// <summary>A date from <paramref name="first"/> to <paramref name="last"/>, both included.</summary>
    /// <param name="first">The earliest date.</param>
    /// <param name="last">The latest date, not before <paramref name="first"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="last"/> is before <paramref name="first"/>.</exception>
    public static Gen<LocalDate> DatesBetween(LocalDate first, LocalDate last)
    {
        int days = Period.Between(first, last, PeriodUnits.Days).Days;
        ArgumentOutOfRangeException.ThrowIfNegative(days, nameof(last));
        return Gen.Choose(0, days).Select(d => first.PlusDays(d));
    }

    /// <summary><see langword="null"/> a quarter of the time, otherwise a value of <paramref name="gen"/>.</summary>
    /// <typeparam name="T">A value type.</typeparam>
    /// <param name="gen">The generator of present values.</param>
    public static Gen<T?> OrNone<T>(Gen<T> gen) where T : struct
        => Gen.Frequency((1, Gen.Constant((T?)null)), (3, gen.Select(v => (T?)v)));

    /// <summary><see langword="null"/> a quarter of the time, otherwise a value of <paramref name="gen"/>.</summary>
    /// <typeparam name="T">A reference type.</typeparam>
    /// <param name="gen">The generator of present values.</param>
    public static Gen<T?> OrNull<T>(Gen<T> gen) where T : class
        => Gen.Frequency((1, Gen.Constant((T?)null)), (3, gen.Select(v => (T?)v)));

    /// <summary>A subset of <paramref name="items"/> with no repetition, in their order, of at least <paramref name="minCount"/> elements.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="items">The candidates.</param>
    /// <param name="minCount">The fewest elements.</param>
    public static Gen<ValueArray<T>> DistinctSubsets<T>(IReadOnlyList<T> items, int minCount = 0)
        => Gen.SubListOf(items.ToArray()).Where(list => list.Count >= minCount).Select(list => list.ToValueArray());

    /// <summary>Between <paramref name="min"/> and <paramref name="max"/> values of <paramref name="gen"/>.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="gen">The element generator.</param>
    /// <param name="min">The fewest elements.</param>
    /// <param name="max">The most elements.</param>
    public static Gen<ValueArray<T>> ValueArraysOf<T>(Gen<T> gen, int min, int max)
        => from count in Gen.Choose(min, max)
           from items in gen.ArrayOf(count)
           select items.ToValueArray();

    private static string Digits(int value, int width) => value.ToString("D" + width.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>Minors' codes, "M" and six digits.</summary>
    public static Gen<MinorCode> MinorCodes { get; } = Gen.Choose(0, 999_999).Select(n => new MinorCode("M" + Digits(n, 6)));

    /// <summary>Carers' codes, "C" and six digits.</summary>
    public static Gen<CarerCode> CarerCodes { get; } = Gen.Choose(0, 999_999).Select(n => new CarerCode("C" + Digits(n, 6)));

    /// <summary>Persons' codes (judges, experts, social workers, relatives), "P" and six digits.</summary>
    public static Gen<PersonCode> PersonCodes { get; } = Gen.Choose(0, 999_999).Select(n => new PersonCode("P" + Digits(n, 6)));

    /// <summary>Sibling-group ids, "G" and four digits.</summary>
    public static Gen<SiblingGroupId> SiblingGroupIds { get; } = Gen.Choose(0, 9_999).Select(n => new SiblingGroupId("G" + Digits(n, 4)));

    /// <summary>ISO 639-1 language codes from a small realistic set.</summary>
    public static Gen<LanguageCode> LanguageCodes { get; } = Gen.Elements(SampleLanguages);

    /// <summary>Background tags from a small set of caller vocabulary.</summary>
    public static Gen<BackgroundTag> BackgroundTags { get; } = Gen.Elements(SampleBackgrounds);

    /// <summary>One of <see cref="SampleMunicipalities"/>.</summary>
    public static Gen<Municipality> Municipalities { get; } = Gen.Elements(SampleMunicipalities.ToArray());

    /// <summary>ISTAT codes of <see cref="SampleMunicipalities"/>.</summary>
    public static Gen<IstatCode> IstatCodes { get; } = Municipalities.Select(m => m.Code);

    /// <summary>One of the two social districts with full member lists.</summary>
    public static Gen<SocialDistrict> SocialDistricts { get; } = Gen.Elements(VisconteoSudMilano, CiniselloBalsamo);

    /// <summary>Any point on the Earth, latitude in [-90, 90] and longitude in [-180, 180], to 1e-4 degree.</summary>
    public static Gen<GeoPoint> GeoPoints { get; } =
        from lat in Gen.Choose(-900_000, 900_000)
        from lon in Gen.Choose(-1_800_000, 1_800_000)
        select new GeoPoint(lat / 10_000.0, lon / 10_000.0);

    /// <summary>Any need profile (every packed value is valid: two bits for each of the eight categories).</summary>
    public static Gen<NeedProfile> NeedProfiles { get; } = Gen.Choose(0, ushort.MaxValue).Select(p => NeedProfile.FromPacked((ushort)p));

    /// <summary>A minor born from <paramref name="first"/> to <paramref name="last"/>.</summary>
    /// <param name="first">The earliest birth date.</param>
    /// <param name="last">The latest birth date.</param>
    /// <param name="codes">The codes to use; <see cref="MinorCodes"/> when null.</param>
    public static Gen<Minor> MinorsBornBetween(LocalDate first, LocalDate last, Gen<MinorCode>? codes = null)
        => from code in codes ?? MinorCodes
           from birthDate in DatesBetween(first, last)
           from sex in EnumValues<Sex>()
           from languages in DistinctSubsets(SampleLanguages)
           from background in OrNone(BackgroundTags)
           from needs in NeedProfiles
           from siblingGroup in OrNone(SiblingGroupIds)
           from unaccompanied in Booleans
           from discernment in Booleans
           select new Minor
           {
               Code = code, BirthDate = birthDate, Sex = sex, Languages = languages, Background = background, Needs = needs,
               SiblingGroup = siblingGroup, IsUnaccompaniedForeignMinor = unaccompanied, HasCapacityOfDiscernment = discernment,
           };

    /// <summary>Minors born in the 18 years before <see cref="ReferenceDate"/>.</summary>
    public static Gen<Minor> Minors { get; } = MinorsBornBetween(ReferenceDate.PlusYears(-18).PlusDays(1), ReferenceDate);

    /// <summary>Guardians, appointed before <see cref="ReferenceDate"/>.</summary>
    public static Gen<Guardian> Guardians { get; } =
        from code in PersonCodes
        from appointedOn in DatesBetween(ReferenceDate.PlusYears(-10), ReferenceDate)
        select new Guardian(code, appointedOn);

    /// <summary>Families of origin in a sample municipality, a guardian a quarter of the time.</summary>
    public static Gen<FamilyOfOrigin> FamiliesOfOrigin { get; } =
        from municipality in Municipalities
        from guardian in Gen.Frequency((3, Gen.Constant((Guardian?)null)), (1, Guardians.Select(g => (Guardian?)g)))
        select new FamilyOfOrigin(municipality, guardian);

    /// <summary>Age ranges with 0 ≤ minimum ≤ maximum ≤ 17.</summary>
    public static Gen<AgeRange> AgeRanges { get; } =
        from min in Gen.Choose(0, Ages.Majority - 1)
        from max in Gen.Choose(min, Ages.Majority - 1)
        select new AgeRange(min, max);

    /// <summary>Availabilities: at least one form and arrangement, 1 to 4 places, an end (when any) not before the start.</summary>
    public static Gen<Availability> Availabilities { get; } =
        from forms in DistinctSubsets(Enum.GetValues<PlacementForm>(), 1)
        from arrangements in DistinctSubsets(Enum.GetValues<TimeArrangement>(), 1)
        from ages in AgeRanges
        from places in Gen.Choose(1, 4)
        from needs in NeedProfiles
        from availableFrom in DatesBetween(ReferenceDate.PlusYears(-3), ReferenceDate.PlusYears(1))
        from days in OrNone(Gen.Choose(0, 3 * 365))
        select new Availability
        {
            Forms = forms, Arrangements = arrangements, Ages = ages, Places = places, AcceptedNeeds = needs, From = availableFrom,
            Until = days is null ? null : availableFrom.PlusDays(days.Value),
        };

    /// <summary>Households, with 0 to 3 own children born in the 30 years up to <see cref="ReferenceDate"/>.</summary>
    public static Gen<Household> Households { get; } =
        from type in EnumValues<HouseholdType>()
        from children in ValueArraysOf(DatesBetween(ReferenceDate.PlusYears(-30), ReferenceDate), 0, 3)
        select new Household(type, children);

    /// <summary>Experience: 0 to 20 previous placements, 0 to 200 training hours.</summary>
    public static Gen<Experience> Experiences { get; } =
        from placements in Gen.Choose(0, 20)
        from hours in Gen.Choose(0, 200)
        select new Experience(placements, hours);

    /// <summary>One of <see cref="SampleServices"/>.</summary>
    public static Gen<FosterCareService> FosterCareServices { get; } = Gen.Elements(SampleServices.ToArray());

    /// <summary>Consents to data processing given in the 5 years up to <see cref="ReferenceDate"/>.</summary>
    public static Gen<DataProcessingConsent> DataProcessingConsents { get; } =
        DatesBetween(ReferenceDate.PlusYears(-5), ReferenceDate).Select(d => new DataProcessingConsent(d));

    /// <summary>Relatives within the 1st to 6th degree, by blood or by marriage.</summary>
    public static Gen<Relative> Relatives { get; } =
        from person in PersonCodes
        from degree in Gen.Choose(1, 6)
        from kind in EnumValues<KinshipKind>()
        select new Relative(person, degree, kind);

    /// <summary>Foster carers: valid against a <see cref="FosterCarerValidator"/> whose clock is at <see cref="ReferenceDate"/>.</summary>
    public static Gen<FosterCarer> FosterCarers { get; } =
        from code in CarerCodes
        from municipality in Municipalities
        from household in Households
        from experience in Experiences
        from status in EnumValues<AssessmentStatus>()
        from consent in OrNull(DataProcessingConsents)
        from service in FosterCareServices
        from availability in Availabilities
        from waitingSince in DatesBetween(ReferenceDate.PlusYears(-4), ReferenceDate)
        from languages in DistinctSubsets(SampleLanguages)
        from backgrounds in DistinctSubsets(SampleBackgrounds)
        from relatives in ValueArraysOf(Relatives, 0, 2)
        select new FosterCarer
        {
            Code = code, Municipality = municipality, Household = household, Experience = experience, Status = status,
            DataProcessingConsent = consent, Service = service, Availability = availability, WaitingSince = waitingSince,
            Languages = languages, Backgrounds = backgrounds, Relatives = relatives,
        };

    /// <summary>Part-time schedules: 1 to 7 distinct days, hours 1 to 24 or none, a description of periods or none.</summary>
    public static Gen<PartTimeSchedule> PartTimeSchedules { get; } =
        from days in DistinctSubsets([IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday], 1)
        from hours in OrNone(Gen.Choose(1, 24))
        from periods in OrNull(Gen.Elements("school holidays", "weekends", "summer"))
        select new PartTimeSchedule(days, hours, periods);

    /// <summary>
    /// Placements starting from 2015 to <see cref="ReferenceDate"/>: 1 to 3 minors with distinct codes born on or before
    /// the start (under 18 then), a schedule exactly when part time, consents and hearings naming placed minors only,
    /// extensions ending after their decree, an end (when any) not before the start, siblings apart not among the placed.
    /// </summary>
    public static Gen<Placement> Placements { get; } =
        from start in DatesBetween(new LocalDate(2015, 1, 1), ReferenceDate)
        from minors in PlacedMinors(start)
        from carer in CarerCodes
        from family in FamiliesOfOrigin
        from basis in EnumValues<LegalBasis>()
        from relationship in EnumValues<Relationship>()
        from form in EnumValues<PlacementForm>()
        from arrangement in EnumValues<TimeArrangement>()
        from schedule in arrangement == TimeArrangement.PartTime ? PartTimeSchedules.Select(s => (PartTimeSchedule?)s) : Gen.Constant((PartTimeSchedule?)null)
        from flags in Gen.Zip(Booleans, Booleans)
        from documents in PlacementDocuments(start, minors)
        from history in PlacementHistory(start)
        from siblingsApart in ValueArraysOf(Gen.Choose(0, 99_999).Select(n => new MinorCode("S" + Digits(n, 5))), 0, 2)
        from contraindication in Gen.Frequency(
            (3, Gen.Constant((SiblingContraindication?)null)),
            (1, from source in EnumValues<ContraindicationSource>()
                from reason in Gen.Elements(SampleTexts)
                select (SiblingContraindication?)new SiblingContraindication(source, reason)))
        from end in OrNull(from days in Gen.Choose(0, 4 * 365)
                           from reason in EnumValues<EndReason>()
                           select new PlacementEnd(start.PlusDays(days), reason))
        select new Placement
        {
            Minors = minors, Carer = carer, FamilyOfOrigin = family, LegalBasis = basis, Relationship = relationship,
            Arrangement = arrangement, Form = form, Start = start, Schedule = schedule, IsDirect = flags.Item1, IsUrgent = flags.Item2,
            Consents = documents.Consents, Hearings = documents.Hearings, Commitment = documents.Commitment,
            Decrees = history.Decrees, Extensions = history.Extensions, ExtensionSignals = history.Signals,
            Verifications = history.Verifications, CourtReports = history.Reports, SiblingsPlacedApart = siblingsApart,
            SiblingContraindication = contraindication, End = end,
        };

    /// <summary>Individual plans: positive durations (1 to 36 months) and cadences (2 to 12 weeks, or 1 to 3 months), texts, signatures.</summary>
    public static Gen<PlacementPlan> PlacementPlans { get; } =
        from duration in OrNull(Gen.Choose(1, 36).Select(Period.FromMonths))
        from cadence in OrNull(Gen.OneOf(Gen.Choose(2, 12).Select(Period.FromWeeks), Gen.Choose(1, 3).Select(Period.FromMonths)))
        from texts in Gen.Elements(SampleTexts).ArrayOf(7)
        from present in Booleans.ArrayOf(7)
        from signatories in DistinctSubsets(Enum.GetValues<Signatory>())
        from signedOn in DatesBetween(ReferenceDate.PlusYears(-2), ReferenceDate)
        select new PlacementPlan
        {
            PresumedDuration = duration,
            Goals = present[0] ? texts[0] : null,
            ContactArrangements = present[1] ? texts[1] : null,
            FamilyOfOriginCommitments = present[2] ? texts[2] : null,
            CarerCommitments = present[3] ? texts[3] : null,
            SocialServiceCommitments = present[4] ? texts[4] : null,
            VerificationCadence = cadence,
            FosterCareServiceCommitments = present[5] ? texts[5] : null,
            ConsentOrDecreeReference = present[6] ? texts[6] : null,
            Signatures = signatories.Select(s => new PlanSignature(s, signedOn)).ToValueArray(),
        };

    private static Gen<ValueArray<Minor>> PlacedMinors(LocalDate start)
        => from count in Gen.Choose(1, 3)
           from stem in Gen.Choose(0, 99_999)
           from minors in Gen.CollectToArray(
               Enumerable.Range(0, count),
               i => MinorsBornBetween(start.PlusYears(-18).PlusDays(1), start, Gen.Constant(new MinorCode("M" + Digits(stem, 5) + Digits(i, 1)))))
           select minors.ToValueArray();

    private static Gen<(ValueArray<WrittenConsent> Consents, ValueArray<Hearing> Hearings, CarerCommitment? Commitment)> PlacementDocuments(LocalDate start, ValueArray<Minor> minors)
    {
        var codes = minors.Select(m => m.Code).ToArray();
        var signedOn = DatesBetween(start.PlusDays(-60), start.PlusDays(30));
        var consent =
            from party in EnumValues<ConsentParty>()
            from minor in Gen.Elements(codes)
            from date in signedOn
            select new WrittenConsent(party, date, party == ConsentParty.Minor ? minor : null);
        var hearings =
            from heard in DistinctSubsets(codes)
            from date in signedOn
            select heard.Select(code => new Hearing(code, date)).ToValueArray();
        return from consents in ValueArraysOf(consent, 0, 3)
               from heard in hearings
               from commitment in OrNull(signedOn.Select(d => new CarerCommitment(d)))
               select (consents, heard, commitment);
    }

    private static Gen<(ValueArray<Decree> Decrees, ValueArray<Extension> Extensions, ValueArray<ExtensionSignal> Signals, ValueArray<Verification> Verifications, ValueArray<CourtReport> Reports)> PlacementHistory(LocalDate start)
    {
        var after = DatesBetween(start, start.PlusYears(3));
        var decree =
            from authority in EnumValues<Authority>()
            from date in DatesBetween(start.PlusDays(-30), start.PlusDays(30))
            from number in Gen.Choose(1, 9_999)
            select new Decree(authority, date, "n. " + number.ToString(CultureInfo.InvariantCulture) + "/" + date.Year.ToString(CultureInfo.InvariantCulture));
        var extension =
            from decreedOn in after
            from months in Gen.Choose(1, 24)
            from byProsecutor in Booleans
            from ground in EnumValues<HarmGround>()
            select new Extension(decreedOn, decreedOn.PlusMonths(months), byProsecutor, ground);
        var report =
            from date in after
            from to in EnumValues<Authority>()
            select new CourtReport(date, to);
        return from decrees in ValueArraysOf(decree, 0, 2)
               from extensions in ValueArraysOf(extension, 0, 1)
               from signals in ValueArraysOf(after.Select(d => new ExtensionSignal(d)), 0, 1)
               from verifications in ValueArraysOf(after.Select(d => new Verification(d)), 0, 4)
               from reports in ValueArraysOf(report, 0, 3)
               select (decrees, extensions, signals, verifications, reports);
    }
}
