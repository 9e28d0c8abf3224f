using NodaTime;

namespace Affido.Domain;

/// <summary>
/// A foster placement (affidamento familiare, L. 184/1983 art. 2 and 4; Reg. art. 2-3): one minor, or siblings
/// placed together, with one carer household, and everything that has happened to it.
/// </summary>
/// <remarks>
/// The facts only: whether they are lawful is for Affido.Rules to say, as findings. The lists hold what happened, in
/// any order. Dates are <see cref="LocalDate"/>s; nothing here reads the clock.
/// </remarks>
/// <param name="Minors">The minor or minors placed (siblings placed together), at least one.</param>
/// <param name="Carer">The carers' code.</param>
/// <param name="FamilyOfOrigin">The family of origin.</param>
/// <param name="LegalBasis">Consensual or judicial.</param>
/// <param name="Relationship">Kinship or non-kinship.</param>
/// <param name="Arrangement">Full time or part time.</param>
/// <param name="Form">The placement form.</param>
/// <param name="Start">The first day of the placement (the date of the provision that starts it).</param>
/// <param name="Schedule">The part-time schedule: required for <see cref="TimeArrangement.PartTime"/>, absent otherwise.</param>
/// <param name="IsDirect">Affido diretto: arranged within the family without the service's provision (Reg. art. 9 a).</param>
/// <param name="IsUrgent">Started by the urgent procedure, documents to be acquired afterwards (Reg. art. 10).</param>
/// <param name="Consents">Written consents received.</param>
/// <param name="Hearings">Hearings of the minors held.</param>
/// <param name="Commitment">The carers' signed commitment, when signed.</param>
/// <param name="Decrees">Decrees issued on the placement.</param>
/// <param name="Extensions">Extensions granted by the juvenile court.</param>
/// <param name="ExtensionSignals">Signals to the prosecutor that an extension may be needed.</param>
/// <param name="Verifications">Verifications held.</param>
/// <param name="CourtReports">Reports sent to the supervising authority.</param>
/// <param name="SiblingsPlacedApart">Siblings of the placed minors who are not placed with these carers.</param>
/// <param name="SiblingContraindication">The stated contraindication to keeping the siblings together, if any.</param>
/// <param name="End">The end, when the placement has ended.</param>
public sealed record Placement(
    ValueArray<Minor> Minors,
    CarerCode Carer,
    FamilyOfOrigin FamilyOfOrigin,
    LegalBasis LegalBasis,
    Relationship Relationship,
    TimeArrangement Arrangement,
    PlacementForm Form,
    LocalDate Start,
    PartTimeSchedule? Schedule = null,
    bool IsDirect = false,
    bool IsUrgent = false,
    ValueArray<WrittenConsent> Consents = default,
    ValueArray<Hearing> Hearings = default,
    CarerCommitment? Commitment = null,
    ValueArray<Decree> Decrees = default,
    ValueArray<Extension> Extensions = default,
    ValueArray<ExtensionSignal> ExtensionSignals = default,
    ValueArray<Verification> Verifications = default,
    ValueArray<CourtReport> CourtReports = default,
    ValueArray<MinorCode> SiblingsPlacedApart = default,
    SiblingContraindication? SiblingContraindication = null,
    PlacementEnd? End = null)
{
    /// <summary>The authority that supervises the placement: the giudice tutelare for consensual placements, the tribunale per i minorenni for judicial ones (L. 184/1983 art. 4 c. 3).</summary>
    public Authority SupervisingAuthority => LegalBasis == LegalBasis.Consensual ? Authority.GuardianshipJudge : Authority.JuvenileCourt;

    /// <summary>Whether the placement is still running on <paramref name="date"/>.</summary>
    /// <param name="date">The date.</param>
    public bool IsActiveOn(LocalDate date) => date >= Start && (End is null || date <= End.On);
}
