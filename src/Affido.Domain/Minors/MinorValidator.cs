using FluentValidation;

namespace Affido.Domain;

/// <summary>
/// Validates a <see cref="Minor"/>: a pseudonymous code (never a name), a supported birth date, a defined sex,
/// well-formed languages, and a non-blank background and sibling group when given. The birth date is checked against
/// the placement's start by <see cref="PlacementValidator"/>.
/// </summary>
public sealed class MinorValidator : AffidoValidator<Minor>
{
    /// <summary>Declares the rules.</summary>
    public MinorValidator()
    {
        RuleFor(x => x.Code).PseudonymousCode();
        RuleFor(x => x.BirthDate).SupportedDate();
        RuleFor(x => x.Sex).DefinedEnum();
        RuleForEach(x => x.Languages).LanguageCode();
        RuleFor(x => x.Background!.Value).BackgroundTag()
            .OverridePropertyName(nameof(Minor.Background))
            .When(x => x.Background.HasValue);
        RuleFor(x => x.SiblingGroup!.Value).PseudonymousCode()
            .OverridePropertyName(nameof(Minor.SiblingGroup))
            .When(x => x.SiblingGroup.HasValue);
    }
}
