using Affido.Domain;

namespace Affido.Rules;

/// <summary>
/// <c>plan.element-missing</c>: one finding per missing element b-h of the individual plan (Reg. art. 8), the element
/// named in the message; element a, the duration, is reported as <c>duration.missing</c> (<see cref="DurationMissingRule"/>)
/// so the same gap is not reported twice. Element f is missing when either the social service's commitments or the
/// verification cadence is missing. A blank text counts as missing. Error.
/// </summary>
internal sealed class PlanElementsRule() : PlacementRule(Missing)
{
    private static readonly (string Letter, Func<PlacementPlan, bool> IsPresent)[] Elements =
    [
        ("b", p => Present(p.Goals)),
        ("c", p => Present(p.ContactArrangements)),
        ("d", p => Present(p.FamilyOfOriginCommitments)),
        ("e", p => Present(p.CarerCommitments)),
        ("f", p => Present(p.SocialServiceCommitments) && p.VerificationCadence is not null),
        ("g", p => Present(p.FosterCareServiceCommitments)),
        ("h", p => Present(p.ConsentOrDecreeReference)),
    ];

    public static FindingKind Missing { get; } = new(RuleCodes.PlanElementMissing, Severity.Error, LegalSources.Plan);

    public override IEnumerable<Finding> Evaluate(PlacementFacts facts, RuleContext context)
        => Elements
            .Where(e => !e.IsPresent(facts.Plan))
            .Select(e => Missing.Create(RuleMessages.Render(
                Missing.Code,
                MessageArgument.Text("letter", e.Letter),
                MessageArgument.Words("element", RuleMessages.Render(RuleMessages.Fragment("plan-element", e.Letter))))))
            .ToList();

    private static bool Present(string? text) => !string.IsNullOrWhiteSpace(text);
}
