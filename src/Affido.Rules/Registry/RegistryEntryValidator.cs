using Affido.Domain;
using FluentValidation;
using FluentValidation.Results;

namespace Affido.Rules;

/// <summary>Checks a <see cref="RegistryEntry"/> before it is judged: a carer's code, a consent dated within <see cref="SupportedDates"/>.</summary>
public sealed class RegistryEntryValidator : AffidoValidator<RegistryEntry>
{
    /// <summary>The one instance (validators are stateless).</summary>
    public static RegistryEntryValidator Instance { get; } = new();

    /// <summary>Declares the checks.</summary>
    public RegistryEntryValidator()
    {
        RuleFor(e => e.Carer).PseudonymousCode();
        RuleFor(e => e.Consent!.GivenOn).SupportedDate().When(e => e.Consent is not null);
    }

}
