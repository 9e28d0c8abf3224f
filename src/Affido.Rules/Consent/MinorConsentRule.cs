using Affido.Domain;

namespace Affido.Rules;

/// <summary>
/// <c>consent.minor.missing</c>: a minor aged 14 or more on the date of the provision (the start of the placement)
/// consents in writing (Reg. art. 3, art. 4). Error in a consensual placement; in a judicial one the severity is the
/// policy's <see cref="DistrictPolicy.MinorConsentMissingInJudicialPlacement"/> (the court decides without the consent).
/// One finding per minor; the age counts from the 14th birthday itself, a 29 February birth per the policy's
/// <see cref="DistrictPolicy.LeapDayBirthday"/>. Not reported while an urgent placement's documents are pending.
/// </summary>
internal sealed class MinorConsentRule() : PlacementRule(Missing)
{
    public static FindingKind Missing { get; } = new(RuleCodes.MinorConsentMissing, Severity.Error, LegalSources.MinorConsent);

    public override IEnumerable<Finding> Evaluate(PlacementFacts facts, RuleContext context)
    {
        var placement = facts.Placement;
        if (PrescribedDocuments.ArePending(placement, context))
        {
            return [];
        }
        var severity = placement.LegalBasis == LegalBasis.Consensual ? Severity.Error : context.Policy.MinorConsentMissingInJudicialPlacement;
        return PrescribedDocuments.MinorsLackingConsent(placement, context.Policy).Select(minor =>
        {
            var fourteen = PrescribedDocuments.ConsentAgeFrom(minor, context.Policy);
            return Missing.Create(
                RuleMessages.Render(Missing.Code, MessageArgument.Text("minor", minor.Code.Value), MessageArgument.Date("birthday", fourteen)),
                [new(FindingDateRole.Birthday, fourteen), new(FindingDateRole.Provision, placement.Start)],
                minor.Code,
                severity: severity);
        }).ToList();
    }
}
