using Affido.Domain;

namespace Affido.Rules;

/// <summary>
/// <c>consent.minor.missing</c>: a minor aged 14 or more on the date of the provision (the start of the placement)
/// consents in writing (Reg. art. 3, art. 4). Error in a consensual placement; in a judicial one the severity is the
/// policy's <see cref="DistrictPolicy.MinorConsentMissingInJudicialPlacement"/> (the court decides without the consent).
/// One finding per minor; the age counts from the 14th birthday itself, a 29 February birth per the policy's
/// <see cref="DistrictPolicy.LeapDayBirthday"/>. Not reported while an urgent placement's documents are pending.
/// </summary>
public sealed class MinorConsentRule : IPlacementRule
{
    /// <inheritdoc />
    public IReadOnlyList<string> Codes { get; } = [RuleCodes.MinorConsentMissing];

    /// <inheritdoc />
    public RuleValidity Validity => RuleValidity.Always;

    /// <inheritdoc />
    public IEnumerable<Finding> Evaluate(PlacementContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (PrescribedDocuments.ArePending(context))
        {
            yield break;
        }
        var placement = context.Placement;
        var severity = placement.LegalBasis == LegalBasis.Consensual ? Severity.Error : context.Policy.MinorConsentMissingInJudicialPlacement;
        foreach (var minor in PrescribedDocuments.MinorsLackingConsent(context))
        {
            var fourteen = PrescribedDocuments.ConsentAgeFrom(minor, context.Policy);
            yield return new Finding(
                RuleCodes.MinorConsentMissing,
                severity,
                new($"Il minore {minor.Code}, che ha compiuto 14 anni il {fourteen:dd/MM/uuuu}, non ha dato il consenso scritto all'affidamento.", $"Minor {minor.Code}, aged 14 since {fourteen:uuuu-MM-dd}, has not consented to the placement in writing."),
                "Reg. art. 3, art. 4",
                [new(FindingDateRole.Birthday, fourteen), new(FindingDateRole.Provision, placement.Start)],
                minor.Code);
        }
    }
}
