using FluentValidation;
using NodaTime;

namespace Affido.Domain;

/// <summary>
/// Validates a <see cref="FosterCarer"/> as the shared registry receives it: a code, a valid municipality, household,
/// experience and availability (all required), a supported waiting date, a valid service when given, a defined status,
/// a consent to data processing not dated in the future when given, well-formed languages, non-blank backgrounds and
/// valid relatives.
/// </summary>
/// <remarks>A missing consent to data processing is valid input: the rules report it (registry.consent-missing).</remarks>
public sealed class FosterCarerValidator : AffidoValidator<FosterCarer>
{
    /// <summary>Declares the rules.</summary>
    /// <param name="clock">The clock that says what today is, in the Europe/Rome zone (own children's births, consent date).</param>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    public FosterCarerValidator(IClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        RuleFor(x => x.Code).PseudonymousCode();
        RuleFor(x => x.Municipality).Required().SetValidator(new MunicipalityValidator());
        RuleFor(x => x.Household).Required().SetValidator(new HouseholdValidator(clock));
        RuleFor(x => x.Experience).Required().SetValidator(new ExperienceValidator());
        RuleFor(x => x.Status).DefinedEnum();
        RuleFor(x => x.Availability).Required().SetValidator(new AvailabilityValidator());
        RuleFor(x => x.WaitingSince).SupportedDate();
        RuleFor(x => x.DataProcessingConsent).SetValidator(new DataProcessingConsentValidator(clock)!);
        RuleFor(x => x.Service).SetValidator(new FosterCareServiceValidator()!);
        RuleForEach(x => x.Languages).LanguageCode();
        RuleForEach(x => x.Backgrounds).BackgroundTag();
        RuleForEach(x => x.Relatives).Required().SetValidator(new RelativeValidator());
    }
}
