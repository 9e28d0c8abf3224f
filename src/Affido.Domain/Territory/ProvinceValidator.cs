using FluentValidation;

namespace Affido.Domain;

/// <summary>Validates a <see cref="Province"/>: a three-digit ISTAT code, a two-letter abbreviation, a name and a valid region.</summary>
public sealed class ProvinceValidator : AbstractValidator<Province>
{
    /// <summary>Declares the rules.</summary>
    public ProvinceValidator()
    {
        RuleFor(x => x.Code).Must(code => TerritoryRules.IsDigits(code, 3))
            .WithErrorCode(ValidationCodes.ProvinceCodeFormat)
            .WithMessage((_, code) => $"'{{PropertyName}}' must be a three-digit ISTAT province code (e.g. 015), but is '{code}'.");
        RuleFor(x => x.Abbreviation).Must(text => text is { Length: 2 } && char.IsAsciiLetterUpper(text[0]) && char.IsAsciiLetterUpper(text[1]))
            .WithErrorCode(ValidationCodes.ProvinceAbbreviationFormat)
            .WithMessage((_, text) => $"'{{PropertyName}}' must be two upper-case letters (e.g. MI), but is '{text}'.");
        RuleFor(x => x.Name).RequiredText();
        RuleFor(x => x.Region).Required().SetValidator(new RegionValidator());
    }
}
