using Affido.Domain;

namespace Affido.Rules;

/// <summary>
/// <c>urgent.documents.pending</c> (Warning) and <c>urgent.documents.overdue</c> (Error), Reg. art. 10: an urgent
/// placement starts on the social service's reasoned proposal and acquires the prescribed documents "nel più breve
/// tempo possibile", within the policy's <see cref="DistrictPolicy.UrgentDocumentsDeadline"/>.
/// </summary>
/// <remarks>
/// Up to and including the deadline (start plus the policy period) the documents missing on the evaluation date are
/// one pending warning, and the individual missing-document errors (consents, commitment, decree) are not reported;
/// from the day after, this rule reports one overdue error and each missing document is reported by its own rule as
/// well. A document dated after the evaluation date is still missing.
/// </remarks>
internal sealed class UrgentDocumentsRule() : PlacementRule(Pending, Overdue)
{
    public static FindingKind Pending { get; } = new(RuleCodes.UrgentDocumentsPending, Severity.Warning, LegalSources.UrgentProcedure);

    public static FindingKind Overdue { get; } = new(RuleCodes.UrgentDocumentsOverdue, Severity.Error, LegalSources.UrgentProcedure);

    public override IEnumerable<Finding> Evaluate(PlacementFacts facts, RuleContext context)
    {
        var placement = facts.Placement;
        var missing = placement.IsUrgent ? PrescribedDocuments.Missing(placement, context.Policy) : [];
        if (missing.Count == 0)
        {
            return [];
        }
        var due = PrescribedDocuments.UrgentDeadline(placement, context.Policy);
        var kind = context.AsOf <= due ? Pending : Overdue;
        var message = RuleMessages.Render(kind.Code, MessageArgument.Date("due", due), RuleMessages.List("documents", missing));
        return
        [
            kind == Pending
                ? kind.Create(message, [new(FindingDateRole.Due, due)])
                : kind.Create(message, [new(FindingDateRole.Due, due), new(FindingDateRole.OverdueSince, due.PlusDays(1))]),
        ];
    }
}
