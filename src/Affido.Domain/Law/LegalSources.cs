namespace Affido.Domain;

/// <summary>
/// The legal sources the library cites, each named once: rules, hard filters, validators and docs use these values
/// (never a citation typed inline). "Reg." is the Comune di Sondrio "Regolamento del servizio di affidamento
/// familiare" (2026); L. 184/1983 is cited as amended by L. 149/2001, L. 173/2015 and D.Lgs. 149/2022.
/// </summary>
public static class LegalSources
{
    /// <summary>L. 184/1983 art. 2 c. 1: the minor temporarily without a suitable family environment is placed with a family (relatives first).</summary>
    public static LegalSource FosterCare { get; } = LegalSource.Law184("2", "1");

    /// <summary>L. 184/1983 art. 2 c. 1.1 (D.Lgs. 149/2022): no placement with relatives or in-laws within the 4th degree of the judge, the court expert or a social worker of the proceeding.</summary>
    public static LegalSource ConflictOfInterest { get; } = LegalSource.Law184("2", "1.1").AsAmendedBy("D.Lgs. 149/2022");

    /// <summary>L. 184/1983 art. 4 c. 1: consent of the parents or guardian, hearing of the minor, decree of the giudice tutelare.</summary>
    public static LegalSource ConsensualPlacement { get; } = LegalSource.Law184("4", "1");

    /// <summary>L. 184/1983 art. 4 c. 2: placement decreed by the tribunale per i minorenni without consent.</summary>
    public static LegalSource JudicialPlacement { get; } = LegalSource.Law184("4", "2");

    /// <summary>L. 184/1983 art. 4 c. 3: reports to the supervising authority every six months.</summary>
    public static LegalSource CourtReports { get; } = LegalSource.Law184("4", "3");

    /// <summary>L. 184/1983 art. 4 c. 4: presumed duration, at most 24 months, extensions by the tribunale per i minorenni.</summary>
    public static LegalSource Duration { get; } = LegalSource.Law184("4", "4");

    /// <summary>L. 184/1983 art. 4 c. 4 as amended by D.Lgs. 149/2022: extension on the prosecutor's request for serious harm; the service signals in time.</summary>
    public static LegalSource DurationSinceCartabia { get; } = Duration.AsAmendedBy("D.Lgs. 149/2022");

    /// <summary>L. 184/1983 art. 5 c. 1 (L. 173/2015): the carers are convened in proceedings on the fostered minor.</summary>
    public static LegalSource CarersConvened { get; } = LegalSource.Law184("5", "1").AsAmendedBy("L. 173/2015");

    /// <summary>L. 184/1983 art. 5 c. 1; Reg. art. 8 c: the carers keep up the minor's relations with the family of origin, as the plan's contact arrangements say.</summary>
    public static LegalSource FamilyContacts { get; } = LegalSource.Law184("5", "1").And(LegalSource.Regulation("8", "c"));

    /// <summary>L. 184/1983 art. 5 c. 4: the State, regions and local authorities support the carers (no amount fixed).</summary>
    public static LegalSource CarersSupport { get; } = LegalSource.Law184("5", "4");

    /// <summary>L. 184/1983 art. 5-bis: placement with the social service.</summary>
    public static LegalSource ServicePlacement { get; } = LegalSource.Law184("5-bis");

    /// <summary>L. 184/1983 art. 9 c. 4: a non-relative hosting a minor for more than six months reports it to the prosecutor.</summary>
    public static LegalSource InformalHosting { get; } = LegalSource.Law184("9", "4");

    /// <summary>Art. 403 c.c. (L. 206/2021): urgent removal by the public authority and its judicial timeline.</summary>
    public static LegalSource UrgentRemoval { get; } = LegalSource.CivilCode("403").AsAmendedBy("L. 206/2021");

    /// <summary>Reg. art. 3: types of placement, written consents, the carers' commitment, the decree that makes it executive.</summary>
    public static LegalSource PlacementTypes { get; } = LegalSource.Regulation("3");

    /// <summary>Reg. art. 4: the minor; siblings are not separated without stated reasons; consent from 14.</summary>
    public static LegalSource Minors { get; } = LegalSource.Regulation("4");

    /// <summary>Reg. art. 6: who may foster (families, couples, single persons) once assessed by the service.</summary>
    public static LegalSource Carers { get; } = LegalSource.Regulation("6");

    /// <summary>Reg. art. 8: the individual plan, elements a-h and its signatures.</summary>
    public static LegalSource Plan { get; } = LegalSource.Regulation("8");

    /// <summary>Reg. art. 8 a: the presumed duration in the plan.</summary>
    public static LegalSource PlanDuration { get; } = LegalSource.Regulation("8", "a");

    /// <summary>Reg. art. 8 f: verifications at least every three months.</summary>
    public static LegalSource Verifications { get; } = LegalSource.Regulation("8", "f");

    /// <summary>Reg. art. 9 a: no monthly contribution for consensual kinship or direct placements, save hardship.</summary>
    public static LegalSource ContributionExceptions { get; } = LegalSource.Regulation("9", "a");

    /// <summary>Reg. art. 9 b: monthly flat and extraordinary contributions.</summary>
    public static LegalSource Contributions { get; } = LegalSource.Regulation("9", "b");

    /// <summary>Reg. art. 10: the urgent procedure, documents acquired afterwards.</summary>
    public static LegalSource UrgentProcedure { get; } = LegalSource.Regulation("10");

    /// <summary>L. 184/1983 art. 4 c. 1: the minor aged 12 or more, or younger with capacity of discernment, is heard.</summary>
    public static LegalSource MinorHearing { get; } = LegalSource.Law184("4", "1");

    /// <summary>Reg. art. 3; L. 184/1983 art. 4 c. 1: the documents of a consensual placement (the written consent of the parents or guardian, the decree of the giudice tutelare).</summary>
    public static LegalSource ConsensualPlacementDocuments { get; } = PlacementTypes.And(ConsensualPlacement);

    /// <summary>Reg. art. 3; L. 184/1983 art. 4 c. 2: the decree of the tribunale per i minorenni of a judicial placement.</summary>
    public static LegalSource JudicialPlacementDecree { get; } = PlacementTypes.And(JudicialPlacement);

    /// <summary>Reg. art. 3; Reg. art. 4: the written consent of the minor aged 14 or more.</summary>
    public static LegalSource MinorConsent { get; } = PlacementTypes.And(Minors);

    /// <summary>L. 184/1983 art. 4 c. 4; Reg. art. 8 a: the plan states the presumed duration.</summary>
    public static LegalSource PresumedDuration { get; } = Duration.And(PlanDuration);

    /// <summary>L. 184/1983 art. 4; the district's policy: a minor who comes of age before the planned end (continuing up to 21 needs the tribunale per i minorenni).</summary>
    public static LegalSource ComingOfAge { get; } = LegalSource.Law184("4").And(LegalSource.DistrictPolicy);

    /// <summary>Art. 403 c. 2 c.c. (L. 206/2021): the order reaches the public prosecutor within 24 hours.</summary>
    public static LegalSource UrgentRemovalTransmission { get; } = LegalSource.CivilCode("403", "2").AsAmendedBy("L. 206/2021");

    /// <summary>Art. 403 c. 3 c.c. (L. 206/2021): the prosecutor asks for validation within the following 72 hours.</summary>
    public static LegalSource UrgentRemovalValidationRequest { get; } = LegalSource.CivilCode("403", "3").AsAmendedBy("L. 206/2021");

    /// <summary>Art. 403 c. 4 c.c. (L. 206/2021): the validation decree within 48 hours, the hearing within 15 days of it.</summary>
    public static LegalSource UrgentRemovalValidation { get; } = LegalSource.CivilCode("403", "4").AsAmendedBy("L. 206/2021");

    /// <summary>Art. 403 c. 5 c.c. (L. 206/2021): the collegial decree within 15 days of the hearing.</summary>
    public static LegalSource UrgentRemovalDecree { get; } = LegalSource.CivilCode("403", "5").AsAmendedBy("L. 206/2021");

    /// <summary>Reg. art. 3; L. 184/1983 art. 2 c. 1: placement within the family (relatives within the 4th degree) comes first.</summary>
    public static LegalSource KinshipPlacement { get; } = PlacementTypes.And(FosterCare);

    /// <summary>L. 184/1983 art. 4 c. 2; art. 403 c.c. (L. 206/2021): a minor protected from the family of origin is placed away from it.</summary>
    public static LegalSource ProtectionFromFamily { get; } = JudicialPlacement.And(UrgentRemoval);

    /// <summary>Reg. art. 13; Reg. UE 2016/679 art. 6; the registry's rules: no processing of a carer's data without informed consent.</summary>
    public static LegalSource DataProcessingConsent { get; } =
        LegalSource.CarerRegistry.And(LegalSource.Regulation("13")).And(LegalSource.DataProtectionRegulation("6"));
}
