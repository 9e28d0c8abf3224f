using Affido.Domain;

namespace Affido.Rules;

/// <summary>
/// <c>duration.missing</c>: the plan states the presumed duration of the placement (L. 184/1983 art. 4 c. 4;
/// Reg. art. 8 a). Error. This is the finding for element a of the plan; <see cref="PlanElementsRule"/> reports b-h,
/// so the same gap is reported once.
/// </summary>
internal sealed class DurationMissingRule() : PlacementRule(Missing)
{
    public static FindingKind Missing { get; } = new(RuleCodes.DurationMissing, Severity.Error, LegalSources.PresumedDuration);

    public override IEnumerable<Finding> Evaluate(PlacementFacts facts, RuleContext context)
        => facts.Plan.PresumedDuration is null ? [Missing.Create(RuleMessages.Render(Missing.Code))] : [];
}
