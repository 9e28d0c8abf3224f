using FluentValidation;

namespace Affido.Domain;

/// <summary>
/// Validates an <see cref="Availability"/> (disponibilità d'accoglienza): at least one placement form and one time
/// arrangement, each defined and listed once; a valid age range; one place or more; a supported first day and, when
/// given, a supported last day not before it.
/// </summary>
public sealed class AvailabilityValidator : AffidoValidator<Availability>
{
    /// <summary>Declares the rules.</summary>
    public AvailabilityValidator()
    {
        RuleFor(x => x.Forms).NotEmptyList(ValidationCodes.AvailabilityFormsEmpty);
        RuleFor(x => x.Forms).Distinct(ValidationCodes.AvailabilityFormsDuplicate);
        RuleForEach(x => x.Forms).DefinedEnum();
        RuleFor(x => x.Arrangements).NotEmptyList(ValidationCodes.AvailabilityArrangementsEmpty);
        RuleFor(x => x.Arrangements).Distinct(ValidationCodes.AvailabilityArrangementsDuplicate);
        RuleForEach(x => x.Arrangements).DefinedEnum();
        RuleFor(x => x.Ages).Required().SetValidator(new AgeRangeValidator());
        RuleFor(x => x.Places).AtLeast(1, ValidationCodes.AvailabilityPlacesNotPositive);
        RuleFor(x => x.From).SupportedDate();
        RuleFor(x => x.Until).SupportedDate();
        RuleFor(x => x.Until).Must((availability, until) => until is null || SupportedDates.NotBefore(until.Value, availability.From))
            .WithDomainMessage(ValidationCodes.AvailabilityUntilBeforeFrom);
    }
}
