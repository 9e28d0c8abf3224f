using Affido.Domain;

namespace Affido.Rules;

/// <summary>
/// <c>plan.signature-missing</c>: the plan is signed by the social service, the carers and the foster-care service
/// (Reg. art. 8, last paragraph); one finding per signature missing on the evaluation date (a signature counts from its
/// date). The family of origin ("quando possibile") and the minor ("se opportuno") are not required. Error.
/// </summary>
internal sealed class PlanSignaturesRule() : PlacementRule(Missing)
{
    private static readonly (Signatory By, string Name)[] Required =
    [
        (Signatory.SocialService, "social-service"),
        (Signatory.Carers, "carers"),
        (Signatory.FosterCareService, "foster-care-service"),
    ];

    public static FindingKind Missing { get; } = new(RuleCodes.PlanSignatureMissing, Severity.Error, LegalSources.Plan);

    public override IEnumerable<Finding> Evaluate(PlacementFacts facts, RuleContext context)
        => Required
            .Where(r => !facts.Plan.Signatures.Any(s => s.By == r.By))
            .Select(r => Missing.Create(RuleMessages.Render(
                Missing.Code,
                MessageArgument.Words("signatory", RuleMessages.Render(RuleMessages.Fragment("signatory", r.Name))))))
            .ToList();
}
