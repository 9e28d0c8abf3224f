using NodaTime;

namespace Affido.Domain;

/// <summary>
/// A foster placement (affidamento familiare, L. 184/1983 art. 2 and 4; Reg. art. 2-3): one minor, or siblings
/// placed together, with one carer household, and everything that has happened to it.
/// </summary>
/// <remarks>
/// The facts only: whether they are lawful is for Affido.Rules to say, as findings. The lists hold what happened, in
/// any order. Dates are <see cref="LocalDate"/>s; nothing here reads the clock. Built with an object initializer;
/// the members from <see cref="Minors"/> to <see cref="Start"/> are required, the others optional.
/// <see cref="ToString"/> prints the carer's and the minors' codes only: the minors carry special-category data
/// (needs, background, MSNA status; Reg. UE 2016/679 art. 9) and the form of the placement may reveal them.
/// </remarks>
public sealed record Placement
{
    /// <summary>The minor or minors placed (siblings placed together), at least one.</summary>
    public required ValueArray<Minor> Minors { get; init; }

    /// <summary>The carers' code.</summary>
    public required CarerCode Carer { get; init; }

    /// <summary>The family of origin.</summary>
    public required FamilyOfOrigin FamilyOfOrigin { get; init; }

    /// <summary>Consensual or judicial.</summary>
    public required LegalBasis LegalBasis { get; init; }

    /// <summary>Kinship or non-kinship.</summary>
    public required Relationship Relationship { get; init; }

    /// <summary>Full time or part time.</summary>
    public required TimeArrangement Arrangement { get; init; }

    /// <summary>The placement form.</summary>
    public required PlacementForm Form { get; init; }

    /// <summary>The first day of the placement (the date of the provision that starts it).</summary>
    public required LocalDate Start { get; init; }

    /// <summary>The part-time schedule: required for <see cref="TimeArrangement.PartTime"/>, absent otherwise.</summary>
    public PartTimeSchedule? Schedule { get; init; }

    /// <summary>Affido diretto: arranged within the family without the service's provision (Reg. art. 9 a).</summary>
    public bool IsDirect { get; init; }

    /// <summary>Started by the urgent procedure, documents to be acquired afterwards (Reg. art. 10).</summary>
    public bool IsUrgent { get; init; }

    /// <summary>Written consents received.</summary>
    public ValueArray<WrittenConsent> Consents { get; init; }

    /// <summary>Hearings of the minors held.</summary>
    public ValueArray<Hearing> Hearings { get; init; }

    /// <summary>The carers' signed commitment, when signed.</summary>
    public CarerCommitment? Commitment { get; init; }

    /// <summary>Decrees issued on the placement.</summary>
    public ValueArray<Decree> Decrees { get; init; }

    /// <summary>Extensions granted by the juvenile court.</summary>
    public ValueArray<Extension> Extensions { get; init; }

    /// <summary>Signals to the prosecutor that an extension may be needed.</summary>
    public ValueArray<ExtensionSignal> ExtensionSignals { get; init; }

    /// <summary>Verifications held.</summary>
    public ValueArray<Verification> Verifications { get; init; }

    /// <summary>Reports sent to the supervising authority.</summary>
    public ValueArray<CourtReport> CourtReports { get; init; }

    /// <summary>
    /// Siblings of the placed minors who live elsewhere and are not part of the case being evaluated (e.g. placed by
    /// another service). Siblings placed apart within a case are found by the rules from <see cref="Minor.SiblingGroup"/>
    /// across the case's placements; list here only those the case cannot show.
    /// </summary>
    public ValueArray<MinorCode> SiblingsPlacedApart { get; init; }

    /// <summary>The stated contraindication to keeping the siblings together, if any.</summary>
    public SiblingContraindication? SiblingContraindication { get; init; }

    /// <summary>The end, when the placement has ended.</summary>
    public PlacementEnd? End { get; init; }

    /// <summary>The authority that supervises the placement: the giudice tutelare for consensual placements, the tribunale per i minorenni for judicial ones (L. 184/1983 art. 4 c. 3).</summary>
    public Authority SupervisingAuthority => LegalBasis == LegalBasis.Consensual ? Authority.GuardianshipJudge : Authority.JuvenileCourt;

    /// <summary>Whether the placement is still running on <paramref name="date"/>.</summary>
    /// <param name="date">The date.</param>
    public bool IsActiveOn(LocalDate date) => date >= Start && (End is null || date <= End.On);

    /// <summary>"Placement { Carer = C000001, Minors = [M000001, M000002] }": codes only (see the remarks).</summary>
    /// <param name="builder">The builder the members are printed to.</param>
    /// <returns>Whether anything was printed.</returns>
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("Carer = ").Append(Carer.ToString()).Append(", Minors = [");
        for (int i = 0; i < Minors.Count; i++)
        {
            builder.Append(i == 0 ? string.Empty : ", ").Append(Minors[i]?.Code.ToString());
        }

        builder.Append(']');
        return true;
    }
}
