using System.Globalization;
using Affido.Domain;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Affido.TestSupport;

/// <summary>
/// FsCheck generators for the domain's small values that <see cref="DomainGenerators"/> builds only inside larger ones
/// (documents of a placement, plan signatures, territory records, texts and legal sources), so that every public data
/// type has a generator of its own (the JSON round-trip properties look them up by type).
/// </summary>
/// <remarks>Like <see cref="DomainGenerators"/>, every value is valid; texts include accents, quotes and emoji.</remarks>
public static class DomainValueGenerators
{
    /// <summary>Free texts as users write them: accents, apostrophes, quotes, a line break, an emoji.</summary>
    public static IReadOnlyList<string> SampleTexts { get; } =
    [
        "Rientro nella famiglia d'origine entro la durata presunta.",
        "Incontri settimanali presso il servizio, \"protetti\".",
        "Accompagnare il minore a scuola e in terapia\nogni martedì.",
        "Verifica mensile con l'assistente sociale — è previsto un colloquio.",
        "Vacanze estive 🏖️ e weekend",
    ];

    /// <summary>One of <see cref="SampleTexts"/>.</summary>
    public static Gen<string> Texts { get; } = Gen.Elements(SampleTexts.ToArray());

    /// <summary>Dates from 2015 to two years after <see cref="DomainGenerators.ReferenceDate"/>.</summary>
    public static Gen<LocalDate> Dates { get; } = DomainGenerators.DatesBetween(new LocalDate(2015, 1, 1), DomainGenerators.ReferenceDate.PlusYears(2));

    /// <summary>Periods as plans and policies state them: months, weeks, days, or years and months.</summary>
    public static Gen<Period> Periods { get; } = Gen.OneOf(
        Gen.Choose(1, 36).Select(Period.FromMonths),
        Gen.Choose(1, 12).Select(Period.FromWeeks),
        Gen.Choose(1, 120).Select(Period.FromDays),
        from years in Gen.Choose(1, 3) from months in Gen.Choose(1, 11) select Period.FromYears(years) + Period.FromMonths(months));

    /// <summary>The Italian regions of the reference data (Lombardy) and a few others.</summary>
    public static Gen<Region> Regions { get; } = Gen.Elements(Region.Lombardy, new Region("08", "Emilia-Romagna"), new Region("12", "Lazio"));

    /// <summary>The provinces of <see cref="DomainGenerators"/>.</summary>
    public static Gen<Province> Provinces { get; } = Gen.Elements(DomainGenerators.Milano, DomainGenerators.Sondrio, DomainGenerators.MonzaBrianza);

    /// <summary>Social districts' codes.</summary>
    public static Gen<DistrictCode> DistrictCodes { get; } = Gen.Elements(DomainGenerators.VisconteoSudMilano.Code, DomainGenerators.CiniselloBalsamo.Code, new DistrictCode("MI-RHO"));

    /// <summary>Texts in both languages.</summary>
    public static Gen<BilingualText> BilingualTexts { get; } =
        from italian in Texts
        from english in Texts
        select new BilingualText(italian, english);

    /// <summary>Legal sources: the named entries of <see cref="LegalSources"/> and citations built by the factories.</summary>
    public static Gen<LegalSource> LegalSourceValues { get; } = Gen.OneOf(
        Gen.Elements(
            LegalSource.Law184("4", "4"), LegalSource.Regulation("8", "f"), LegalSource.CivilCode("403", "2"),
            LegalSource.CarerRegistry, LegalSource.DistrictPolicy, LegalSource.DataProtectionRegulation("9")),
        from article in Gen.Choose(1, 80)
        from comma in Gen.Choose(1, 6)
        select LegalSource.Law184(article.ToString(CultureInfo.InvariantCulture), comma.ToString(CultureInfo.InvariantCulture)).AsAmendedBy("D.Lgs. 149/2022"));

    /// <summary>Declared parent-child and spouse relations between two distinct persons.</summary>
    public static Gen<DeclaredRelation> DeclaredRelations { get; } =
        from first in DomainGenerators.PersonCodes
        from second in DomainGenerators.PersonCodes.Where(p => p != first)
        from kind in DomainGenerators.EnumValues<DeclaredRelationKind>()
        select new DeclaredRelation(first, kind, second);

    /// <summary>Written consents (a minor named only for the minor's own consent).</summary>
    public static Gen<WrittenConsent> WrittenConsents { get; } =
        from party in DomainGenerators.EnumValues<ConsentParty>()
        from signedOn in Dates
        from minor in DomainGenerators.MinorCodes
        select new WrittenConsent(party, signedOn, party == ConsentParty.Minor ? minor : null);

    /// <summary>Hearings of minors.</summary>
    public static Gen<Hearing> Hearings { get; } = from minor in DomainGenerators.MinorCodes from heldOn in Dates select new Hearing(minor, heldOn);

    /// <summary>Carers' commitments.</summary>
    public static Gen<CarerCommitment> CarerCommitments { get; } = Dates.Select(d => new CarerCommitment(d));

    /// <summary>Decrees with a reference "n. 123/2026".</summary>
    public static Gen<Decree> Decrees { get; } =
        from authority in DomainGenerators.EnumValues<Authority>()
        from issuedOn in Dates
        from number in Gen.Choose(1, 9_999)
        select new Decree(authority, issuedOn, "n. " + number.ToString(CultureInfo.InvariantCulture) + "/" + issuedOn.Year.ToString(CultureInfo.InvariantCulture));

    /// <summary>Extensions ending after their decree.</summary>
    public static Gen<Extension> Extensions { get; } =
        from decreedOn in Dates
        from months in Gen.Choose(1, 24)
        from byProsecutor in DomainGenerators.Booleans
        from ground in DomainGenerators.EnumValues<HarmGround>()
        select new Extension(decreedOn, decreedOn.PlusMonths(months), byProsecutor, ground);

    /// <summary>Signals to the prosecutor.</summary>
    public static Gen<ExtensionSignal> ExtensionSignals { get; } = Dates.Select(d => new ExtensionSignal(d));

    /// <summary>Verifications.</summary>
    public static Gen<Verification> Verifications { get; } = Dates.Select(d => new Verification(d));

    /// <summary>Court reports.</summary>
    public static Gen<CourtReport> CourtReports { get; } =
        from sentOn in Dates from to in DomainGenerators.EnumValues<Authority>() select new CourtReport(sentOn, to);

    /// <summary>Ends of placements.</summary>
    public static Gen<PlacementEnd> PlacementEnds { get; } =
        from endsOn in Dates from reason in DomainGenerators.EnumValues<EndReason>() select new PlacementEnd(endsOn, reason);

    /// <summary>Stated contraindications to keeping siblings together.</summary>
    public static Gen<SiblingContraindication> SiblingContraindications { get; } =
        from source in DomainGenerators.EnumValues<ContraindicationSource>() from reason in Texts select new SiblingContraindication(source, reason);

    /// <summary>Signatures of a plan.</summary>
    public static Gen<PlanSignature> PlanSignatures { get; } =
        from signatory in DomainGenerators.EnumValues<Signatory>() from signedOn in Dates select new PlanSignature(signatory, signedOn);
}
