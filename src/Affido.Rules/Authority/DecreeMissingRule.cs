using Affido.Domain;

namespace Affido.Rules;

/// <summary>
/// <c>decree.guardianship-judge.missing</c>: a consensual placement needs the decree of the giudice tutelare that makes
/// it executive (Reg. art. 3; L. 184/1983 art. 4 c. 1). <c>decree.juvenile-court.missing</c>: a judicial placement
/// needs the decree of the tribunale per i minorenni (Reg. art. 3; L. 184/1983 art. 4 c. 2). Errors. A decree counts
/// from its date; one of the other authority does not count. Not reported while an urgent placement's documents are
/// pending (see <see cref="UrgentDocumentsRule"/>).
/// </summary>
internal sealed class DecreeMissingRule() : PlacementRule(GuardianshipJudge, JuvenileCourt)
{
    public static FindingKind GuardianshipJudge { get; } = new(RuleCodes.GuardianshipJudgeDecreeMissing, Severity.Error, LegalSources.ConsensualPlacementDocuments);

    public static FindingKind JuvenileCourt { get; } = new(RuleCodes.JuvenileCourtDecreeMissing, Severity.Error, LegalSources.JudicialPlacementDecree);

    public override IEnumerable<Finding> Evaluate(PlacementFacts facts, RuleContext context)
    {
        var placement = facts.Placement;
        if (!PrescribedDocuments.LacksDecree(placement) || PrescribedDocuments.ArePending(placement, context))
        {
            return [];
        }
        var kind = placement.SupervisingAuthority == Authority.GuardianshipJudge ? GuardianshipJudge : JuvenileCourt;
        return [kind.Create(RuleMessages.Render(kind.Code), [new(FindingDateRole.Provision, placement.Start)])];
    }
}
