using Affido.Domain;

namespace Affido.Rules;

/// <summary>
/// <c>decree.guardianship-judge.missing</c>: a consensual placement needs the decree of the giudice tutelare that
/// makes it executive (Reg. art. 3; L. 184/1983 art. 4 c. 1). Error. Not reported while an urgent placement's
/// documents are pending (see <see cref="UrgentDocumentsRule"/>).
/// </summary>
public sealed class GuardianshipJudgeDecreeRule : IPlacementRule
{
    /// <inheritdoc />
    public IReadOnlyList<string> Codes { get; } = [RuleCodes.GuardianshipJudgeDecreeMissing];

    /// <inheritdoc />
    public RuleValidity Validity => RuleValidity.Always;

    /// <inheritdoc />
    public IEnumerable<Finding> Evaluate(PlacementContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var placement = context.Placement;
        if (placement.LegalBasis != LegalBasis.Consensual || !PrescribedDocuments.LacksDecree(placement) || PrescribedDocuments.ArePending(context))
        {
            return [];
        }
        return
        [
            new Finding(
                RuleCodes.GuardianshipJudgeDecreeMissing,
                Severity.Error,
                new("Affidamento consensuale senza il decreto di esecutività del giudice tutelare.", "Consensual placement without the decree of the giudice tutelare that makes it executive."),
                "Reg. art. 3; L. 184/1983 art. 4 c. 1",
                [new(FindingDateRole.Provision, placement.Start)]),
        ];
    }
}

/// <summary>
/// <c>decree.juvenile-court.missing</c>: a judicial placement needs the decree of the tribunale per i minorenni
/// (Reg. art. 3; L. 184/1983 art. 4 c. 2). Error. Not reported while an urgent placement's documents are pending.
/// </summary>
public sealed class JuvenileCourtDecreeRule : IPlacementRule
{
    /// <inheritdoc />
    public IReadOnlyList<string> Codes { get; } = [RuleCodes.JuvenileCourtDecreeMissing];

    /// <inheritdoc />
    public RuleValidity Validity => RuleValidity.Always;

    /// <inheritdoc />
    public IEnumerable<Finding> Evaluate(PlacementContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var placement = context.Placement;
        if (placement.LegalBasis != LegalBasis.Judicial || !PrescribedDocuments.LacksDecree(placement) || PrescribedDocuments.ArePending(context))
        {
            return [];
        }
        return
        [
            new Finding(
                RuleCodes.JuvenileCourtDecreeMissing,
                Severity.Error,
                new("Affidamento giudiziale senza il decreto del tribunale per i minorenni.", "Judicial placement without the decree of the tribunale per i minorenni."),
                "Reg. art. 3; L. 184/1983 art. 4 c. 2",
                [new(FindingDateRole.Provision, placement.Start)]),
        ];
    }
}
