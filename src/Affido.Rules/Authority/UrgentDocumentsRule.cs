using Affido.Domain;

namespace Affido.Rules;

/// <summary>
/// <c>urgent.documents.pending</c> (Warning) and <c>urgent.documents.overdue</c> (Error), Reg. art. 10: an urgent
/// placement starts on the social service's reasoned proposal and acquires the prescribed documents "nel più breve
/// tempo possibile", within the policy's <see cref="DistrictPolicy.UrgentDocumentsDeadline"/>.
/// </summary>
/// <remarks>
/// Up to and including the deadline (start plus the policy period) the missing documents are one pending warning, and
/// the individual missing-document errors (consents, commitment, decree) are not reported; from the day after, this
/// rule reports one overdue error and each missing document is reported by its own rule as well.
/// </remarks>
public sealed class UrgentDocumentsRule : IPlacementRule
{
    private const string Source = "Reg. art. 10";

    /// <inheritdoc />
    public IReadOnlyList<string> Codes { get; } = [RuleCodes.UrgentDocumentsPending, RuleCodes.UrgentDocumentsOverdue];

    /// <inheritdoc />
    public RuleValidity Validity => RuleValidity.Always;

    /// <inheritdoc />
    public IEnumerable<Finding> Evaluate(PlacementContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.Placement.IsUrgent)
        {
            yield break;
        }
        var missing = PrescribedDocuments.Missing(context);
        if (missing.Count == 0)
        {
            yield break;
        }
        var due = PrescribedDocuments.UrgentDeadline(context);
        string it = string.Join("; ", missing.Select(m => m.Italian));
        string en = string.Join("; ", missing.Select(m => m.English));
        if (context.AsOf <= due)
        {
            yield return new Finding(
                RuleCodes.UrgentDocumentsPending,
                Severity.Warning,
                new($"Affidamento d'urgenza: documenti da acquisire entro il {due:dd/MM/uuuu}: {it}.", $"Urgent placement: documents to acquire by {due:uuuu-MM-dd}: {en}."),
                Source,
                [new(FindingDateRole.Due, due)]);
        }
        else
        {
            yield return new Finding(
                RuleCodes.UrgentDocumentsOverdue,
                Severity.Error,
                new($"Affidamento d'urgenza: documenti non acquisiti entro il {due:dd/MM/uuuu}: {it}.", $"Urgent placement: documents not acquired by {due:uuuu-MM-dd}: {en}."),
                Source,
                [new(FindingDateRole.Due, due), new(FindingDateRole.OverdueSince, due.PlusDays(1))]);
        }
    }
}
