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
/// <remarks>
/// The rules see the placement as it stood on the evaluation date (<see cref="PlacementFacts.AsOf"/>), so a document
/// dated later is missing. The minor's hearing is not a document but a right of the minor (L. 184/1983 art. 4 c. 1):
/// it is reported whatever the procedure.
/// </remarks>
internal static class PrescribedDocuments
{
    /// <summary>The last day on which the documents of an urgent placement may still be pending: start plus the policy deadline.</summary>
    public static LocalDate UrgentDeadline(Placement placement, DistrictPolicy policy) => placement.Start.Plus(policy.UrgentDocumentsDeadline);

    /// <summary>Whether the placement is urgent and still within the deadline, so missing documents are pending rather than missing.</summary>
    public static bool ArePending(Placement placement, RuleContext context) => placement.IsUrgent && context.AsOf <= UrgentDeadline(placement, context.Policy);

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
    /// The minors aged 14 or more on the date of the provision (the start) who have not consented in writing, by code.
    /// A minor's consent without a minor's code counts for the only minor of a single-minor placement.
    /// </summary>
    public static IEnumerable<Minor> MinorsLackingConsent(Placement placement, DistrictPolicy policy)
        => placement.Minors
            .Where(minor => Ages.HasReached(minor.BirthDate, Ages.WrittenConsent, placement.Start, policy.LeapDayBirthday)
                && !placement.Consents.Any(c => c.Party == ConsentParty.Minor && (c.Minor == minor.Code || (c.Minor is null && placement.Minors.Count == 1))))
            .OrderBy(m => m.Code);

    /// <summary>Whether the placement lacks the decree of its supervising authority (the giudice tutelare or the tribunale per i minorenni).</summary>
    public static bool LacksDecree(Placement placement)
    {
        var authority = placement.SupervisingAuthority;
        return !placement.Decrees.Any(d => d.Authority == authority);
    }

    /// <summary>The names of the prescribed documents that are missing, in a fixed order.</summary>
    public static IReadOnlyList<BilingualText> Missing(Placement placement, DistrictPolicy policy)
    {
        var missing = new List<BilingualText>();
        if (LacksResponsibilityConsent(placement))
        {
            missing.Add(Document(ResponsibilityParty(placement) == ConsentParty.Guardian ? "guardian-consent" : "parents-consent"));
        }
        foreach (var minor in MinorsLackingConsent(placement, policy))
        {
            missing.Add(RuleMessages.Render(RuleMessages.Fragment("document", "minor-consent"), MessageArgument.Text("minor", minor.Code.Value)));
        }
        if (placement.Commitment is null)
        {
            missing.Add(Document("carers-commitment"));
        }
        if (LacksDecree(placement))
        {
            missing.Add(Document(placement.SupervisingAuthority == Authority.GuardianshipJudge ? "guardianship-judge-decree" : "juvenile-court-decree"));
        }
        return missing;
    }

    private static BilingualText Document(string name) => RuleMessages.Render(RuleMessages.Fragment("document", name));
}
