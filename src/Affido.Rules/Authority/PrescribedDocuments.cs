using Affido.Domain;
using NodaTime;

namespace Affido.Rules;

/// <summary>
/// The documents a placement needs before it can start (Reg. art. 3): the written consents, the carers' commitment and
/// the decree. An urgent placement (Reg. art. 10) may start without them and acquire them "nel più breve tempo
/// possibile": until the policy deadline the missing ones are reported together as <c>urgent.documents.pending</c>
/// instead of one error each; after the deadline each missing document is an error again, and
/// <c>urgent.documents.overdue</c> is added.
/// </summary>
/// <remarks>The minor's hearing is not a document but a right of the minor (L. 184/1983 art. 4 c. 1): it is reported
/// whatever the procedure.</remarks>
internal static class PrescribedDocuments
{
    /// <summary>The last day on which the documents of an urgent placement may still be pending: start plus the policy deadline.</summary>
    public static LocalDate UrgentDeadline(PlacementContext context) => context.Placement.Start.Plus(context.Policy.UrgentDocumentsDeadline);

    /// <summary>Whether the placement is urgent and still within the deadline, so missing documents are pending rather than missing.</summary>
    public static bool ArePending(PlacementContext context) => context.Placement.IsUrgent && context.AsOf <= UrgentDeadline(context);

    /// <summary>The consent party that must consent for a consensual placement: the guardian when appointed, otherwise the parents.</summary>
    public static ConsentParty ResponsibilityParty(Placement placement)
        => placement.FamilyOfOrigin.ResponsibilityHolder == ParentalResponsibility.Guardian ? ConsentParty.Guardian : ConsentParty.Parents;

    /// <summary>Whether a consensual placement lacks the consent of the holders of parental responsibility.</summary>
    public static bool LacksResponsibilityConsent(Placement placement)
    {
        if (placement.LegalBasis != LegalBasis.Consensual)
        {
            return false;
        }
        var party = ResponsibilityParty(placement);
        return !placement.Consents.Any(c => c.Party == party);
    }

    /// <summary>The date on which <paramref name="minor"/> reaches the age of written consent.</summary>
    public static LocalDate ConsentAgeFrom(Minor minor, DistrictPolicy policy) => Ages.AnniversaryOf(minor.BirthDate, Ages.WrittenConsent, policy.LeapDayBirthday);

    /// <summary>
    /// The minors aged 14 or more on the date of the provision (the start) who have not consented in writing. A minor's
    /// consent without a minor's code counts for the only minor of a single-minor placement.
    /// </summary>
    public static IEnumerable<Minor> MinorsLackingConsent(PlacementContext context)
    {
        var placement = context.Placement;
        foreach (var minor in placement.Minors)
        {
            if (!Ages.HasReached(minor.BirthDate, Ages.WrittenConsent, placement.Start, context.Policy.LeapDayBirthday))
            {
                continue;
            }
            bool consented = placement.Consents.Any(c => c.Party == ConsentParty.Minor
                && (c.Minor == minor.Code || (c.Minor is null && placement.Minors.Count == 1)));
            if (!consented)
            {
                yield return minor;
            }
        }
    }

    /// <summary>The authority whose decree the placement needs: the giudice tutelare (consensual) or the tribunale per i minorenni (judicial).</summary>
    public static Authority DecreeAuthority(Placement placement) => placement.SupervisingAuthority;

    /// <summary>Whether the placement lacks the decree of <see cref="DecreeAuthority"/>.</summary>
    public static bool LacksDecree(Placement placement)
    {
        var authority = DecreeAuthority(placement);
        return !placement.Decrees.Any(d => d.Authority == authority);
    }

    /// <summary>The names of the prescribed documents that are missing, in a fixed order.</summary>
    public static IReadOnlyList<BilingualText> Missing(PlacementContext context)
    {
        var placement = context.Placement;
        var missing = new List<BilingualText>();
        if (LacksResponsibilityConsent(placement))
        {
            missing.Add(ResponsibilityParty(placement) == ConsentParty.Guardian
                ? new("consenso scritto del tutore", "the guardian's written consent")
                : new("consenso scritto dei genitori", "the parents' written consent"));
        }
        foreach (var minor in MinorsLackingConsent(context).OrderBy(m => m.Code))
        {
            missing.Add(new($"consenso scritto del minore {minor.Code}", $"the written consent of minor {minor.Code}"));
        }
        if (placement.Commitment is null)
        {
            missing.Add(new("atto di impegno degli affidatari", "the carers' signed commitment"));
        }
        if (LacksDecree(placement))
        {
            missing.Add(DecreeAuthority(placement) == Authority.GuardianshipJudge
                ? new("decreto del giudice tutelare", "the decree of the giudice tutelare")
                : new("decreto del tribunale per i minorenni", "the decree of the tribunale per i minorenni"));
        }
        return missing;
    }
}
