using FluentValidation;

namespace Affido.Domain;

/// <summary>Validates a <see cref="Relative"/>: a person's code, a degree of 1 or more (art. 76 c.c.), a defined kind.</summary>
public sealed class RelativeValidator : AbstractValidator<Relative>
{
    /// <summary>Declares the rules.</summary>
    public RelativeValidator()
    {
        RuleFor(x => x.Person).PseudonymousCode();
        RuleFor(x => x.Degree).GreaterThan(0)
            .WithErrorCode(ValidationCodes.RelativeDegreeNotPositive)
            .WithMessage((_, degree) => $"'{{PropertyName}}' must be 1 or more, but is {degree.ToString(System.Globalization.CultureInfo.InvariantCulture)}.");
        RuleFor(x => x.Kind).DefinedEnum();
    }
}
