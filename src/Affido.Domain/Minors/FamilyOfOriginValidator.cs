using FluentValidation;

namespace Affido.Domain;

/// <summary>Validates a <see cref="FamilyOfOrigin"/> (Reg. art. 5): a valid municipality, and a valid guardian when one is appointed.</summary>
public sealed class FamilyOfOriginValidator : AffidoValidator<FamilyOfOrigin>
{
    /// <summary>Declares the rules.</summary>
    public FamilyOfOriginValidator()
    {
        RuleFor(x => x.Municipality).Required().SetValidator(new MunicipalityValidator());
        RuleFor(x => x.Guardian).SetValidator(new GuardianValidator()!);
    }
}
