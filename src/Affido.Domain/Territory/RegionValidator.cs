using FluentValidation;

namespace Affido.Domain;

/// <summary>Validates a <see cref="Region"/>: a two-digit ISTAT code and a name.</summary>
public sealed class RegionValidator : AbstractValidator<Region>
{
    /// <summary>Declares the rules.</summary>
    public RegionValidator()
    {
        RuleFor(x => x.Code).Must(code => TerritoryRules.IsDigits(code, 2))
            .WithErrorCode(ValidationCodes.RegionCodeFormat)
            .WithMessage((_, code) => $"'{{PropertyName}}' must be a two-digit ISTAT region code (e.g. 03), but is '{code}'.");
        RuleFor(x => x.Name).RequiredText();
    }
}
