using FluentValidation;

namespace Affido.Domain;

/// <summary>Validates a <see cref="Region"/>: a two-digit ISTAT code and a name.</summary>
public sealed class RegionValidator : AffidoValidator<Region>
{
    /// <summary>Declares the rules.</summary>
    public RegionValidator()
    {
        RuleFor(x => x.Code).Must(code => TerritoryValidatorExtensions.IsDigits(code, 2))
            .WithDomainMessage(ValidationCodes.RegionCodeFormat);
        RuleFor(x => x.Name).RequiredText();
    }
}
