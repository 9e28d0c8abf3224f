using FluentValidation;

namespace Affido.Domain;

/// <summary>Validates a <see cref="FamilyOfOrigin"/> (Reg. art. 5): a valid municipality, and a guardian with a code when one is appointed.</summary>
public sealed class FamilyOfOriginValidator : AbstractValidator<FamilyOfOrigin>
{
    /// <summary>Declares the rules.</summary>
    public FamilyOfOriginValidator()
    {
        RuleFor(x => x.Municipality).Required().SetValidator(new MunicipalityValidator());
        RuleFor(x => x.Guardian!).ChildRules(guardian => guardian.RuleFor(g => g.Code).PseudonymousCode());
    }
}
