using FluentValidation;

namespace Affido.Domain;

/// <summary>Validates an <see cref="Extension"/>: supported dates, the new end not before the decree that grants it, a defined ground.</summary>
internal sealed class ExtensionValidator : AffidoValidator<Extension>
{
    /// <summary>Declares the rules.</summary>
    public ExtensionValidator()
    {
        RuleFor(x => x.DecreedOn).SupportedDate();
        RuleFor(x => x.Until).SupportedDate();
        RuleFor(x => x.Until).Must((extension, until) => SupportedDates.NotBefore(until, extension.DecreedOn))
            .WithDomainMessage(ValidationCodes.PlacementExtensionUntilBeforeDecree);
        RuleFor(x => x.Ground).DefinedEnum();
    }
}
