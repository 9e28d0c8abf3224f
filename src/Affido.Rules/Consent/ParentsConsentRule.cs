using Affido.Domain;

namespace Affido.Rules;

/// <summary>
/// <c>consent.parents.missing</c>: a consensual placement needs the written consent of the holders of parental
/// responsibility, the parents, or the guardian when one is appointed (<see cref="FamilyOfOrigin.ResponsibilityHolder"/>;
/// Reg. art. 3; L. 184/1983 art. 4 c. 1). Error. A consent of the wrong party (the parents when a guardian holds
/// responsibility) does not count. Not reported while an urgent placement's documents are pending.
/// </summary>
public sealed class ParentsConsentRule : IPlacementRule
{
    /// <inheritdoc />
    public IReadOnlyList<string> Codes { get; } = [RuleCodes.ParentsConsentMissing];

    /// <inheritdoc />
    public RuleValidity Validity => RuleValidity.Always;

    /// <inheritdoc />
    public IEnumerable<Finding> Evaluate(PlacementContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var placement = context.Placement;
        if (!PrescribedDocuments.LacksResponsibilityConsent(placement) || PrescribedDocuments.ArePending(context))
        {
            return [];
        }
        var message = PrescribedDocuments.ResponsibilityParty(placement) == ConsentParty.Guardian
            ? new BilingualText("Affidamento consensuale senza il consenso scritto del tutore.", "Consensual placement without the guardian's written consent.")
            : new BilingualText("Affidamento consensuale senza il consenso scritto dei genitori esercenti la responsabilità genitoriale.", "Consensual placement without the written consent of the parents holding parental responsibility.");
        return [new Finding(RuleCodes.ParentsConsentMissing, Severity.Error, message, "Reg. art. 3; L. 184/1983 art. 4 c. 1", [new(FindingDateRole.Provision, placement.Start)])];
    }
}
