using FluentValidation;

namespace Affido.Domain;

/// <summary>
/// Validates a <see cref="Municipality"/>: a six-digit ISTAT code whose first three digits are its province's code,
/// a name, a valid province, a non-empty district code when given, and coordinates in range when given.
/// </summary>
public sealed class MunicipalityValidator : AbstractValidator<Municipality>
{
    /// <summary>Declares the rules.</summary>
    public MunicipalityValidator()
    {
        RuleFor(x => x.Code).IstatCode();
        RuleFor(x => x.Code)
            .Must((municipality, code) => municipality.Province?.Code is null || !code.IsWellFormed || code.ProvinceCode == municipality.Province.Code)
            .WithErrorCode(ValidationCodes.IstatCodeProvinceMismatch)
            .WithMessage((municipality, code) => $"'{{PropertyName}}' {code} must start with its province's code {municipality.Province.Code}.");
        RuleFor(x => x.Name).RequiredText();
        RuleFor(x => x.Province).Required().SetValidator(new ProvinceValidator());
        RuleFor(x => x.District!.Value).PseudonymousCode()
            .OverridePropertyName(nameof(Municipality.District))
            .When(x => x.District.HasValue);
        RuleFor(x => x.Location!.Value).SetValidator(new GeoPointValidator())
            .OverridePropertyName(nameof(Municipality.Location))
            .When(x => x.Location.HasValue);
    }
}
