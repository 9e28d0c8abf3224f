using FluentValidation;

namespace Affido.Domain;

/// <summary>Validates an <see cref="Experience"/>: previous placements and training hours zero or more.</summary>
public sealed class ExperienceValidator : AbstractValidator<Experience>
{
    /// <summary>Declares the rules.</summary>
    public ExperienceValidator()
    {
        RuleFor(x => x.PreviousPlacements).GreaterThanOrEqualTo(0)
            .WithErrorCode(ValidationCodes.ExperiencePreviousPlacementsNegative)
            .WithMessage((_, value) => $"'{{PropertyName}}' must be zero or more, but is {value.ToString(System.Globalization.CultureInfo.InvariantCulture)}.");
        RuleFor(x => x.TrainingHours).GreaterThanOrEqualTo(0)
            .WithErrorCode(ValidationCodes.ExperienceTrainingHoursNegative)
            .WithMessage((_, value) => $"'{{PropertyName}}' must be zero or more, but is {value.ToString(System.Globalization.CultureInfo.InvariantCulture)}.");
    }
}
