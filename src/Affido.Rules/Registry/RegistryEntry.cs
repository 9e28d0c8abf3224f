using Affido.Domain;
using NodaTime;

namespace Affido.Rules;

/// <summary>What the registry rule judges about a carer: its code and its informed consent to data processing, nothing else.</summary>
/// <remarks>Validated by <see cref="RegistryEntryValidator"/>; evaluate it with <see cref="RuleEvaluator.Evaluate(RegistryEntry, LocalDate)"/>.</remarks>
/// <param name="Carer">The carer's code.</param>
/// <param name="Consent">The consent, when given.</param>
public sealed record RegistryEntry(CarerCode Carer, DataProcessingConsent? Consent)
{
    /// <summary>The entry of <paramref name="carer"/>: its code and consent.</summary>
    /// <param name="carer">The carer as the registry holds it.</param>
    /// <returns>The entry.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="carer"/> is null.</exception>
    public static RegistryEntry Of(FosterCarer carer)
    {
        ArgumentNullException.ThrowIfNull(carer);
        return new RegistryEntry(carer.Code, carer.DataProcessingConsent);
    }

    /// <summary>The entry as it stood on <paramref name="asOf"/>: a consent given later was not given yet.</summary>
    /// <param name="asOf">The date of the evaluation.</param>
    /// <returns>The entry.</returns>
    public RegistryEntry AsOf(LocalDate asOf) => Consent is { } consent && consent.GivenOn > asOf ? this with { Consent = null } : this;
}
