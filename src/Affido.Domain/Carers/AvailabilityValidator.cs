using FluentValidation;

namespace Affido.Domain;

/// <summary>
/// Validates an <see cref="Availability"/> (disponibilità d'accoglienza): at least one placement form and one time
/// arrangement, each defined and listed once; a valid age range; one place or more; an end, when given, not before the start.
/// </summary>
public sealed class AvailabilityValidator : AbstractValidator<Availability>
{
    /// <summary>Declares the rules.</summary>
    public AvailabilityValidator()
    {
        RuleFor(x => x.Forms).Must(forms => !forms.IsEmpty)
            .WithErrorCode(ValidationCodes.AvailabilityFormsEmpty)
            .WithMessage("'{PropertyName}' must accept at least one placement form.");
        RuleFor(x => x.Forms).Must(forms => !CommonRules.HasDuplicates(forms))
            .WithErrorCode(ValidationCodes.AvailabilityFormsDuplicate)
            .WithMessage("'{PropertyName}' must not list a placement form twice.");
        RuleForEach(x => x.Forms).DefinedEnum();
        RuleFor(x => x.Arrangements).Must(arrangements => !arrangements.IsEmpty)
            .WithErrorCode(ValidationCodes.AvailabilityArrangementsEmpty)
            .WithMessage("'{PropertyName}' must accept at least one time arrangement.");
        RuleFor(x => x.Arrangements).Must(arrangements => !CommonRules.HasDuplicates(arrangements))
            .WithErrorCode(ValidationCodes.AvailabilityArrangementsDuplicate)
            .WithMessage("'{PropertyName}' must not list a time arrangement twice.");
        RuleForEach(x => x.Arrangements).DefinedEnum();
        RuleFor(x => x.Ages).Required().SetValidator(new AgeRangeValidator());
        RuleFor(x => x.Places).GreaterThan(0)
            .WithErrorCode(ValidationCodes.AvailabilityPlacesNotPositive)
            .WithMessage((_, places) => $"'{{PropertyName}}' must be one or more, but is {places.ToString(System.Globalization.CultureInfo.InvariantCulture)}.");
        RuleFor(x => x.Until).Must((availability, until) => until is null || until.Value >= availability.From)
            .WithErrorCode(ValidationCodes.AvailabilityUntilBeforeFrom)
            .WithMessage(availability => $"'{{PropertyName}}' ({CommonRules.Iso(availability.Until.GetValueOrDefault())}) must not be before the start of the availability ({CommonRules.Iso(availability.From)}).");
    }
}
