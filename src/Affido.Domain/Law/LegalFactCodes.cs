namespace Affido.Domain;

/// <summary>
/// The stable codes of the legal facts that more than one package reports: the rules report them as findings, the
/// matching engine as the reason a carer is excluded. One code per fact, declared once here.
/// </summary>
public static class LegalFactCodes
{
    /// <summary>
    /// A carer in the registry without informed consent to data processing: excluded from every search, and nothing
    /// but its code is shown (<see cref="LegalSources.DataProcessingConsent"/>).
    /// </summary>
    public const string RegistryConsentMissing = "registry.consent-missing";

    /// <summary>
    /// The carer is a relative or in-law within the 4th degree of a judge, the court expert or a social worker of the
    /// same proceeding (<see cref="LegalSources.ConflictOfInterest"/>).
    /// </summary>
    public const string CarerConflictOfInterest = "carer.conflict-of-interest";
}
