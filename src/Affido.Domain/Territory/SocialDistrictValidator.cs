using FluentValidation;

namespace Affido.Domain;

/// <summary>
/// Validates a <see cref="SocialDistrict"/> (ambito territoriale sociale, L. 328/2000 art. 8): a code, a name, a
/// well-formed reference municipality and at least one member, each a well-formed ISTAT code listed once.
/// </summary>
public sealed class SocialDistrictValidator : AffidoValidator<SocialDistrict>
{
    /// <summary>Declares the rules.</summary>
    public SocialDistrictValidator()
    {
        RuleFor(x => x.Code).PseudonymousCode();
        RuleFor(x => x.Name).RequiredText();
        RuleFor(x => x.ReferenceMunicipality).IstatCode();
        RuleFor(x => x.Members).NotEmptyList(ValidationCodes.SocialDistrictMembersEmpty);
        RuleFor(x => x.Members).Distinct(ValidationCodes.SocialDistrictMembersDuplicate);
        RuleForEach(x => x.Members).IstatCode();
    }
}
