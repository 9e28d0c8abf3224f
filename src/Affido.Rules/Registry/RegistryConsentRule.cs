using Affido.Domain;
using NodaTime;

namespace Affido.Rules;

/// <summary>
/// <c>registry.consent-missing</c> (Error, <see cref="LegalSources.DataProcessingConsent"/>): a carer without informed
/// consent to data processing on the evaluation date is excluded from every search, and nothing but its code is shown.
/// </summary>
internal sealed class RegistryConsentRule() : Rule<RegistryEntry>(RuleValidity.Always, Missing)
{
    public static FindingKind Missing { get; } = new(RuleCodes.RegistryConsentMissing, Severity.Error, LegalSources.DataProcessingConsent);

    public override LocalDate ProvisionDate(RegistryEntry facts, RuleContext context) => context.AsOf;

    public override IEnumerable<Finding> Evaluate(RegistryEntry facts, RuleContext context)
        => facts.Consent is null
            ? [Missing.Create(RuleMessages.Render(Missing.Code, MessageArgument.Text("carer", facts.Carer.Value)), carer: facts.Carer)]
            : [];
}
