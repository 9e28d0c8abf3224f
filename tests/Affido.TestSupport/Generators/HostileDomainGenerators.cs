using Affido.Domain;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Affido.TestSupport;

/// <summary>
/// FsCheck 3 generators of ARBITRARY domain values, as a careless or hostile caller builds them from JSON or by hand:
/// <see langword="null"/> members and list elements, <c>default</c> structs, dates outside
/// <see cref="SupportedDates"/> (year 1, year 9999, another calendar), periods with time units or of a million years,
/// NaN and infinite coordinates, <see cref="int.MinValue"/> and <see cref="int.MaxValue"/> counts, undefined enum
/// values, texts with control characters, unpaired surrogates, U+FFFD or 10,001 characters, more minors than a
/// placement holds. A valid value (from <see cref="DomainGenerators"/>) comes up a quarter of the time, so that the
/// rules comparing members meet sound values too.
/// </summary>
/// <remarks>
/// For the entry points' "never throws, always names the member" properties; unlike <see cref="DomainGenerators"/>,
/// nothing here respects an invariant. The reference-type generators yield <see langword="null"/> now and then at the
/// root too.
/// </remarks>
public static class HostileDomainGenerators
{
    /// <summary>Texts: <see langword="null"/>, empty, blank, ordinary, with control characters and terminal escapes, unpaired surrogates, U+FFFD, bidirectional overrides, FluentValidation placeholders, and too long for a code, a line or a free text.</summary>
    public static Gen<string> Texts { get; } = Gen.Frequency(
        (3, Gen.Elements(
            null!, string.Empty, " ", "\t", "\r\n", "ok", "M000001", "Rozzano", "015189", "it", "a@b.example",
            "\u001b[31mred\u001b[0m", "nul\0byte", "line\nbreak", "\ud800", "low\udc00", "\ufffd", "caf\u00e9", "\ud83d\ude00",
            "\u202eevil", "zero\u200bwidth", "{PropertyName}", "{PropertyValue}", "{0}", "line\u2028separator")),
        (1, Gen.Elements(InputLimits.MaxCodeLength + 1, InputLimits.MaxLineLength + 1, InputLimits.MaxFreeTextLength + 1)
            .Select(length => new string('x', length))));

    /// <summary>Whole numbers: the extremes, the boundaries the validators use (0, 1, 17, 18, 24, 25) and small ones.</summary>
    public static Gen<int> Ints { get; } = Gen.Frequency(
        (1, Gen.Elements(int.MinValue, int.MinValue + 1, -1, 0, 1, 2, 7, 8, 17, 18, 24, 25, int.MaxValue - 1, int.MaxValue)),
        (1, Gen.Choose(-100, 100)));

    /// <summary>Numbers of degrees: NaN, the infinities, ±1e308, the smallest positive double, -0, the range limits and just beyond, ordinary ones.</summary>
    public static Gen<double> Doubles { get; } = Gen.Frequency(
        (1, Gen.Elements(double.NaN, double.PositiveInfinity, double.NegativeInfinity, 1e308, -1e308, double.Epsilon, -0.0,
            90.0, -90.0, 180.0, -180.0, 90.000001, -180.000001, double.MaxValue, double.MinValue)),
        (1, Gen.Choose(-2_000_000, 2_000_000).Select(n => n / 10_000.0)));

    /// <summary>Dates: <c>default</c> (0001-01-01), NodaTime's first and last, just outside and inside <see cref="SupportedDates"/>, a Julian-calendar date, ordinary ones.</summary>
    public static Gen<LocalDate> Dates { get; } = Gen.Frequency(
        (1, Gen.Elements(
            default, LocalDate.MinIsoValue, LocalDate.MaxIsoValue, new LocalDate(1899, 12, 31), SupportedDates.Earliest,
            SupportedDates.Latest, new LocalDate(2200, 1, 1), new LocalDate(9999, 12, 21), new LocalDate(-5, 6, 1),
            new LocalDate(2020, 2, 29), new LocalDate(2025, 1, 10, CalendarSystem.Julian))),
        (2, DomainGenerators.DatesBetween(new LocalDate(1990, 1, 1), new LocalDate(2035, 12, 31))));

    /// <summary>Optional dates: <see langword="null"/> or one of <see cref="Dates"/>.</summary>
    public static Gen<LocalDate?> OptionalDates { get; } = DomainGenerators.OrNone(Dates);

    /// <summary>
    /// Periods: <see langword="null"/>, zero, mixed signs (<c>P1M-29D</c>), time units, a million years, the extremes of
    /// each unit, ordinary ones.
    /// </summary>
    public static Gen<Period> Periods { get; } = Gen.Frequency(
        (1, Gen.Elements(
            null!, Period.Zero, Period.FromMonths(1) - Period.FromDays(29), Period.FromHours(1), Period.FromYears(100_000),
            Period.FromYears(1_000_000), Period.FromYears(int.MaxValue), Period.FromYears(int.MinValue), Period.FromMonths(int.MaxValue),
            Period.FromWeeks(int.MinValue), Period.FromDays(int.MaxValue), Period.FromDays(int.MinValue), Period.FromTicks(long.MaxValue),
            Period.FromNanoseconds(1), Period.FromMonths(-1), Period.FromYears(1) - Period.FromMonths(12),
            Period.FromYears(250), Period.FromDays(1) + Period.FromHours(1))),
        (1, Gen.Choose(1, 36).Select(Period.FromMonths)));

    /// <summary>Any value of <typeparamref name="TEnum"/>'s underlying <see cref="int"/>: defined members, and undefined ones from <see cref="Ints"/>.</summary>
    /// <typeparam name="TEnum">An enum over <see cref="int"/>.</typeparam>
    public static Gen<TEnum> Enums<TEnum>() where TEnum : struct, Enum
        => Gen.OneOf(DomainGenerators.EnumValues<TEnum>(), Ints.Select(n => (TEnum)Enum.ToObject(typeof(TEnum), n)));

    /// <summary>Codes of <typeparamref name="TCode"/> holding any of <see cref="Texts"/> (<c>default</c> included).</summary>
    /// <typeparam name="TCode">A code type.</typeparam>
    public static Gen<TCode> Codes<TCode>() where TCode : struct, ICode<TCode>
        => Gen.Frequency((1, Gen.Constant(default(TCode))), (4, Texts.Select(TCode.From)));

    /// <summary>Optional codes: <see langword="null"/> or one of <see cref="Codes{TCode}"/>.</summary>
    /// <typeparam name="TCode">A code type.</typeparam>
    public static Gen<TCode?> OptionalCodes<TCode>() where TCode : struct, ICode<TCode> => DomainGenerators.OrNone(Codes<TCode>());

    /// <summary>Lists of 0 to 4 values of <paramref name="items"/>, or <c>default</c>.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="items">The elements (for reference types, <see langword="null"/> elements come from the element generator).</param>
    public static Gen<ValueArray<T>> Lists<T>(Gen<T> items)
        => Gen.Frequency((1, Gen.Constant(default(ValueArray<T>))), (4, DomainGenerators.ValueArraysOf(items, 0, 4)));

    /// <summary><paramref name="gen"/>'s values, <see langword="null"/> one time in five.</summary>
    /// <typeparam name="T">A reference type.</typeparam>
    /// <param name="gen">The generator of values.</param>
    public static Gen<T> OrNull<T>(Gen<T> gen) where T : class => Gen.Frequency((1, Gen.Constant<T>(null!)), (4, gen));

    /// <summary>A valid value of <paramref name="valid"/> a quarter of the time, otherwise one of <paramref name="wild"/>.</summary>
    private static Gen<T> Mixed<T>(Gen<T> valid, Gen<T> wild) => Gen.Frequency((1, valid), (3, wild));

    /// <summary>Regions: any code and name.</summary>
    public static Gen<Region> Regions { get; } = OrNull(Gen.Zip(Texts, Texts, (code, name) => new Region(code, name)));

    /// <summary>Provinces: any code, abbreviation, name and region.</summary>
    public static Gen<Province> Provinces { get; } = OrNull(
        from code in Gen.OneOf(Texts, Gen.Elements("015", "014", "108"))
        from abbreviation in Gen.OneOf(Texts, Gen.Elements("MI", "SO", "mi", "M"))
        from name in Texts
        from region in Gen.OneOf(Regions, Gen.Constant(Region.Lombardy))
        select new Province(code, abbreviation, name, region));

    /// <summary>Points with any coordinates, NaN and infinities included.</summary>
    public static Gen<GeoPoint> GeoPoints { get; } =
        from latitude in Doubles
        from longitude in Doubles
        select new GeoPoint(latitude, longitude);

    /// <summary>Municipalities: any ISTAT code, name, province, district and location.</summary>
    public static Gen<Municipality> Municipalities { get; } = OrNull(Mixed(DomainGenerators.Municipalities,
        from code in Gen.OneOf(Codes<IstatCode>(), DomainGenerators.IstatCodes)
        from name in Texts
        from province in Gen.OneOf(Provinces, Gen.Constant(DomainGenerators.Milano))
        from district in OptionalCodes<DistrictCode>()
        from location in DomainGenerators.OrNone(GeoPoints)
        select new Municipality(code, name, province, district, location)));

    /// <summary>Social districts: any code, name, reference municipality and members.</summary>
    public static Gen<SocialDistrict> SocialDistricts { get; } = OrNull(Mixed(DomainGenerators.SocialDistricts,
        from code in Codes<DistrictCode>()
        from name in Texts
        from reference in Codes<IstatCode>()
        from members in Lists(Gen.OneOf(Codes<IstatCode>(), DomainGenerators.IstatCodes))
        select new SocialDistrict(code, name, reference, members)));

    /// <summary>Guardians: any code and date.</summary>
    public static Gen<Guardian> Guardians { get; } = OrNull(Gen.Zip(Codes<PersonCode>(), Dates, (code, appointedOn) => new Guardian(code, appointedOn)));

    /// <summary>Families of origin: any municipality and guardian.</summary>
    public static Gen<FamilyOfOrigin> FamiliesOfOrigin { get; } = OrNull(Gen.Zip(Municipalities, Guardians, (municipality, guardian) => new FamilyOfOrigin(municipality, guardian)));

    /// <summary>Minors: any code, birth date, sex, languages, background, needs, sibling group and flags.</summary>
    public static Gen<Minor> Minors { get; } = OrNull(Mixed(DomainGenerators.Minors,
        from code in Codes<MinorCode>()
        from birthDate in Dates
        from sex in Enums<Sex>()
        from languages in Lists(Gen.OneOf(Codes<LanguageCode>(), DomainGenerators.LanguageCodes))
        from background in OptionalCodes<BackgroundTag>()
        from needs in DomainGenerators.NeedProfiles
        from siblingGroup in OptionalCodes<SiblingGroupId>()
        from flags in Gen.Zip(DomainGenerators.Booleans, DomainGenerators.Booleans)
        select new Minor
        {
            Code = code, BirthDate = birthDate, Sex = sex, Languages = languages, Background = background, Needs = needs,
            SiblingGroup = siblingGroup, IsUnaccompaniedForeignMinor = flags.Item1, HasCapacityOfDiscernment = flags.Item2,
        }));

    /// <summary>Age ranges with any bounds.</summary>
    public static Gen<AgeRange> AgeRanges { get; } = OrNull(Gen.Zip(Ints, Ints, (min, max) => new AgeRange(min, max)));

    /// <summary>Availabilities: any forms, arrangements, places, dates, ages and needs.</summary>
    public static Gen<Availability> Availabilities { get; } = OrNull(Mixed(DomainGenerators.Availabilities,
        from forms in Lists(Enums<PlacementForm>())
        from arrangements in Lists(Enums<TimeArrangement>())
        from places in Ints
        from availableFrom in Dates
        from until in OptionalDates
        from ages in AgeRanges
        from needs in DomainGenerators.NeedProfiles
        select new Availability
        {
            Forms = forms, Arrangements = arrangements, Places = places, From = availableFrom, Until = until, Ages = ages, AcceptedNeeds = needs,
        }));

    /// <summary>Households: any type and children's birth dates.</summary>
    public static Gen<Household> Households { get; } = OrNull(Gen.Zip(Enums<HouseholdType>(), Lists(Dates), (type, children) => new Household(type, children)));

    /// <summary>Experience with any counts.</summary>
    public static Gen<Experience> Experiences { get; } = OrNull(Gen.Zip(Ints, Ints, (placements, hours) => new Experience(placements, hours)));

    /// <summary>Foster-care services with any texts.</summary>
    public static Gen<FosterCareService> FosterCareServices { get; } = OrNull(Mixed(DomainGenerators.FosterCareServices,
        from name in Texts
        from address in Texts
        from phone in Texts
        from email in Texts
        select new FosterCareService(name, address, phone, email)));

    /// <summary>Consents to data processing on any date.</summary>
    public static Gen<DataProcessingConsent> DataProcessingConsents { get; } = OrNull(Dates.Select(d => new DataProcessingConsent(d)));

    /// <summary>Relatives: any person, degree and kind.</summary>
    public static Gen<Relative> Relatives { get; } = OrNull(
        from person in Codes<PersonCode>()
        from degree in Ints
        from kind in Enums<KinshipKind>()
        select new Relative(person, degree, kind));

    /// <summary>Foster carers with any member.</summary>
    public static Gen<FosterCarer> FosterCarers { get; } = OrNull(Mixed(DomainGenerators.FosterCarers,
        from code in Codes<CarerCode>()
        from municipality in Municipalities
        from household in Households
        from status in Enums<AssessmentStatus>()
        from availability in Availabilities
        from waitingSince in Dates
        from experience in Experiences
        from consent in DataProcessingConsents
        from service in FosterCareServices
        from languages in Lists(Codes<LanguageCode>())
        from backgrounds in Lists(Codes<BackgroundTag>())
        from relatives in Lists(Relatives)
        select new FosterCarer
        {
            Code = code, Municipality = municipality, Household = household, Status = status, Availability = availability,
            WaitingSince = waitingSince, Experience = experience, DataProcessingConsent = consent, Service = service,
            Languages = languages, Backgrounds = backgrounds, Relatives = relatives,
        }));

    /// <summary>Part-time schedules: any days (undefined ones included), hours and description.</summary>
    public static Gen<PartTimeSchedule> PartTimeSchedules { get; } = OrNull(Mixed(DomainGenerators.PartTimeSchedules,
        from days in Lists(Enums<IsoDayOfWeek>())
        from hours in DomainGenerators.OrNone(Ints)
        from periods in Texts
        select new PartTimeSchedule(days, hours, periods)));

    /// <summary>Individual plans: any periods, texts and signatures.</summary>
    public static Gen<PlacementPlan> PlacementPlans { get; } = OrNull(Mixed(DomainGenerators.PlacementPlans,
        from periods in Gen.Zip(Periods, Periods)
        from texts in Texts.ArrayOf(7)
        from signatures in Lists(OrNull(from signatory in Enums<Signatory>() from day in Dates select new PlanSignature(signatory, day)))
        select new PlacementPlan
        {
            PresumedDuration = periods.Item1, VerificationCadence = periods.Item2, Goals = texts[0], ContactArrangements = texts[1],
            FamilyOfOriginCommitments = texts[2], CarerCommitments = texts[3], SocialServiceCommitments = texts[4],
            FosterCareServiceCommitments = texts[5], ConsentOrDecreeReference = texts[6], Signatures = signatures,
        }));

    /// <summary>Placements with any member: minors (none, null ones, repeated codes, more than <see cref="InputLimits.MaxMinors"/>), documents and dates.</summary>
    public static Gen<Placement> Placements { get; } = OrNull(Mixed(DomainGenerators.Placements,
        from minors in Gen.Frequency((6, Lists(Minors)), (1, Minors.ArrayOf(InputLimits.MaxMinors + 1).Select(m => m.ToValueArray())))
        from carer in Codes<CarerCode>()
        from family in FamiliesOfOrigin
        from basis in Enums<LegalBasis>()
        from relationship in Enums<Relationship>()
        from arrangement in Enums<TimeArrangement>()
        from form in Enums<PlacementForm>()
        from start in Dates
        from schedule in PartTimeSchedules
        from flags in Gen.Zip(DomainGenerators.Booleans, DomainGenerators.Booleans)
        from consents in Lists(OrNull(from party in Enums<ConsentParty>() from day in Dates from minor in OptionalCodes<MinorCode>() select new WrittenConsent(party, day, minor)))
        from hearings in Lists(OrNull(from minor in Codes<MinorCode>() from day in Dates select new Hearing(minor, day)))
        from commitment in OrNull(Dates.Select(d => new CarerCommitment(d)))
        from decrees in Lists(OrNull(from authority in Enums<Authority>() from day in Dates from reference in Texts select new Decree(authority, day, reference)))
        from extensions in Lists(OrNull(from day in Dates from until in Dates from byProsecutor in DomainGenerators.Booleans from ground in Enums<HarmGround>() select new Extension(day, until, byProsecutor, ground)))
        from signals in Lists(OrNull(Dates.Select(d => new ExtensionSignal(d))))
        from verifications in Lists(OrNull(Dates.Select(d => new Verification(d))))
        from reports in Lists(OrNull(from day in Dates from to in Enums<Authority>() select new CourtReport(day, to)))
        from apart in Lists(Codes<MinorCode>())
        from contraindication in OrNull(from source in Enums<ContraindicationSource>() from reason in Texts select new SiblingContraindication(source, reason))
        from end in OrNull(from day in Dates from reason in Enums<EndReason>() select new PlacementEnd(day, reason))
        select new Placement
        {
            Minors = minors, Carer = carer, FamilyOfOrigin = family, LegalBasis = basis, Relationship = relationship,
            Arrangement = arrangement, Form = form, Start = start, Schedule = schedule, IsDirect = flags.Item1, IsUrgent = flags.Item2,
            Consents = consents, Hearings = hearings, Commitment = commitment, Decrees = decrees, Extensions = extensions,
            ExtensionSignals = signals, Verifications = verifications, CourtReports = reports, SiblingsPlacedApart = apart,
            SiblingContraindication = contraindication, End = end,
        }));
}
