using Affido.Domain;

namespace Affido.Rules;

/// <summary>
/// The rules about a carer in the shared registry, independent of any placement.
/// <c>registry.consent-missing</c>: a carer without informed consent to data processing is excluded from every search
/// (Provincia di Milano, "Banca Dati Famiglie Affidatarie Online"; Reg. art. 13). Error.
/// </summary>
public static class CarerRules
{
    /// <summary>The exact source of <c>registry.consent-missing</c>.</summary>
    public const string RegistryConsentSource = "Provincia di Milano, \"Banca Dati Famiglie Affidatarie Online\"; Reg. art. 13";

    /// <summary>The findings about <paramref name="carer"/> (none when it may appear in searches).</summary>
    /// <param name="carer">The carer as the registry holds it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="carer"/> is null.</exception>
    public static ValueArray<Finding> Evaluate(FosterCarer carer)
    {
        ArgumentNullException.ThrowIfNull(carer);
        if (carer.DataProcessingConsent is not null)
        {
            return [];
        }
        return
        [
            new Finding(
                RuleCodes.RegistryConsentMissing,
                Severity.Error,
                new($"Il nucleo affidatario {carer.Code} non ha dato il consenso informato al trattamento dei dati: è escluso da ogni ricerca.", $"Carer {carer.Code} has not given informed consent to data processing: excluded from every search."),
                RegistryConsentSource),
        ];
    }
}
