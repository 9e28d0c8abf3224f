using FluentValidation;

namespace Affido.Domain;

/// <summary>Validates a <see cref="Relative"/>: a person's code, a degree of 1 or more (art. 76 c.c.), a defined kind.</summary>
public sealed class RelativeValidator : AffidoValidator<Relative>
{
    /// <summary>Declares the rules.</summary>
    public RelativeValidator()
    {
        RuleFor(x => x.Person).PseudonymousCode();
        RuleFor(x => x.Degree).AtLeast(1, ValidationCodes.RelativeDegreeNotPositive);
        RuleFor(x => x.Kind).DefinedEnum();
    }
}
