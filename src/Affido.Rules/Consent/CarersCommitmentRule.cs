using Affido.Domain;

namespace Affido.Rules;

/// <summary>
/// <c>commitment.carers.missing</c>: the carers sign a commitment (atto di impegno) before the placement (Reg. art. 3).
/// Error when none is signed by the evaluation date. Not reported while an urgent placement's documents are pending.
/// </summary>
internal sealed class CarersCommitmentRule() : PlacementRule(Missing)
{
    public static FindingKind Missing { get; } = new(RuleCodes.CarersCommitmentMissing, Severity.Error, LegalSources.PlacementTypes);

    public override IEnumerable<Finding> Evaluate(PlacementFacts facts, RuleContext context)
    {
        var placement = facts.Placement;
        if (placement.Commitment is not null || PrescribedDocuments.ArePending(placement, context))
        {
            return [];
        }
        return [Missing.Create(RuleMessages.Render(Missing.Code), [new(FindingDateRole.Provision, placement.Start)])];
    }
}
