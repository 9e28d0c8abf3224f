using FluentValidation;

namespace Affido.Domain;

/// <summary>
/// Validates a <see cref="Municipality"/>: a six-digit ISTAT code whose first three digits are its province's code,
/// a name, a valid province, a valid district code when given, and coordinates in range when given.
/// </summary>
public sealed class MunicipalityValidator : AffidoValidator<Municipality>
{
    /// <summary>Declares the rules.</summary>
    public MunicipalityValidator()
    {
        RuleFor(x => x.Code).IstatCode();
        RuleFor(x => x.Code)
            .Must((municipality, code) => !code.IsWellFormed || !HasWellFormedProvince(municipality) || code.ProvinceCode == municipality.Province.Code)
            .WithDomainMessage(ValidationCodes.IstatCodeProvinceMismatch, (municipality, _) => [MessageArgument.Text("province", municipality.Province.Code)]);
        RuleFor(x => x.Name).RequiredText();
        RuleFor(x => x.Province).Required().SetValidator(new ProvinceValidator());
        RuleFor(x => x.District!.Value).PseudonymousCode()
            .OverridePropertyName(nameof(Municipality.District))
            .When(x => x.District.HasValue);
        RuleFor(x => x.Location!.Value).SetValidator(new GeoPointValidator())
            .OverridePropertyName(nameof(Municipality.Location))
            .When(x => x.Location.HasValue);
    }

    /// <summary>Whether the province's code is three digits (otherwise the province reports it, and the two are not compared).</summary>
    private static bool HasWellFormedProvince(Municipality municipality)
        => municipality.Province is not null && TerritoryValidatorExtensions.IsDigits(municipality.Province.Code, 3);
}
