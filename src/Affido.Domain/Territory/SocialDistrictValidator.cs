using FluentValidation;

namespace Affido.Domain;

/// <summary>
/// Validates a <see cref="SocialDistrict"/> (ambito territoriale sociale, L. 328/2000 art. 8): a code, a name, a
/// well-formed reference municipality and at least one member, each a well-formed ISTAT code listed once.
/// </summary>
public sealed class SocialDistrictValidator : AbstractValidator<SocialDistrict>
{
    /// <summary>Declares the rules.</summary>
    public SocialDistrictValidator()
    {
        RuleFor(x => x.Code).PseudonymousCode();
        RuleFor(x => x.Name).RequiredText();
        RuleFor(x => x.ReferenceMunicipality).IstatCode();
        RuleFor(x => x.Members).Must(members => !members.IsEmpty)
            .WithErrorCode(ValidationCodes.SocialDistrictMembersEmpty)
            .WithMessage("'{PropertyName}' must list at least one municipality.");
        RuleFor(x => x.Members).Must(members => !CommonRules.HasDuplicates(members))
            .WithErrorCode(ValidationCodes.SocialDistrictMembersDuplicate)
            .WithMessage("'{PropertyName}' must not list a municipality twice.");
        RuleForEach(x => x.Members).IstatCode();
    }
}
