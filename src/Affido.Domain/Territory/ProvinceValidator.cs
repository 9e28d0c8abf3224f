using FluentValidation;

namespace Affido.Domain;

/// <summary>Validates a <see cref="Province"/>: a three-digit ISTAT code, a two-letter abbreviation, a name and a valid region.</summary>
public sealed class ProvinceValidator : AffidoValidator<Province>
{
    /// <summary>Declares the rules.</summary>
    public ProvinceValidator()
    {
        RuleFor(x => x.Code).Must(code => TerritoryValidatorExtensions.IsDigits(code, 3))
            .WithDomainMessage(ValidationCodes.ProvinceCodeFormat);
        RuleFor(x => x.Abbreviation).Must(text => text is { Length: 2 } && char.IsAsciiLetterUpper(text[0]) && char.IsAsciiLetterUpper(text[1]))
            .WithDomainMessage(ValidationCodes.ProvinceAbbreviationFormat);
        RuleFor(x => x.Name).RequiredText();
        RuleFor(x => x.Region).Required().SetValidator(new RegionValidator());
    }
}
