using FluentValidation;

namespace Affido.Domain;

/// <summary>Validates an <see cref="Experience"/>: previous placements and training hours zero or more.</summary>
public sealed class ExperienceValidator : AffidoValidator<Experience>
{
    /// <summary>Declares the rules.</summary>
    public ExperienceValidator()
    {
        RuleFor(x => x.PreviousPlacements).AtLeast(0, ValidationCodes.ExperiencePreviousPlacementsNegative);
        RuleFor(x => x.TrainingHours).AtLeast(0, ValidationCodes.ExperienceTrainingHoursNegative);
    }
}
