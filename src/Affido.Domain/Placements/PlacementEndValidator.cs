using FluentValidation;

namespace Affido.Domain;

/// <summary>Validates a <see cref="PlacementEnd"/> on its own: a supported date and a defined reason.</summary>
internal sealed class PlacementEndValidator : AffidoValidator<PlacementEnd>
{
    /// <summary>Declares the rules.</summary>
    public PlacementEndValidator()
    {
        RuleFor(x => x.On).SupportedDate();
        RuleFor(x => x.Reason).DefinedEnum();
    }
}
