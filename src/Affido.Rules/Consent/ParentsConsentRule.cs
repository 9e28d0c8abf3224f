using Affido.Domain;

namespace Affido.Rules;

/// <summary>
/// <c>consent.parents.missing</c>: a consensual placement needs the written consent of the holders of parental
/// responsibility, the parents, or the guardian when one is appointed (<see cref="FamilyOfOrigin.ResponsibilityHolder"/>;
/// Reg. art. 3; L. 184/1983 art. 4 c. 1). Error. A consent of the wrong party (the parents when a guardian holds
/// responsibility) does not count, nor one dated after the evaluation date. Not reported while an urgent placement's
/// documents are pending.
/// </summary>
internal sealed class ParentsConsentRule() : PlacementRule(Missing)
{
    public static FindingKind Missing { get; } = new(RuleCodes.ParentsConsentMissing, Severity.Error, LegalSources.ConsensualPlacementDocuments);

    public override IEnumerable<Finding> Evaluate(PlacementFacts facts, RuleContext context)
    {
        var placement = facts.Placement;
        if (!PrescribedDocuments.LacksResponsibilityConsent(placement) || PrescribedDocuments.ArePending(placement, context))
        {
            return [];
        }
        string key = PrescribedDocuments.ResponsibilityParty(placement) == ConsentParty.Guardian
            ? RuleMessages.Variant(Missing.Code, "guardian")
            : Missing.Code;
        return [Missing.Create(RuleMessages.Render(key), [new(FindingDateRole.Provision, placement.Start)])];
    }
}
