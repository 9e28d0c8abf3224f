using FluentValidation;
using NodaTime;

namespace Affido.Domain;

/// <summary>
/// Validates a <see cref="DataProcessingConsent"/> (consenso informato al trattamento dei dati, Reg. UE 2016/679 art. 7;
/// Reg. art. 13): it cannot be signed after today (Europe/Rome).
/// </summary>
public sealed class DataProcessingConsentValidator : AbstractValidator<DataProcessingConsent>
{
    /// <summary>Declares the rules.</summary>
    /// <param name="clock">The clock that says what today is, in the Europe/Rome zone.</param>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    public DataProcessingConsentValidator(IClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        RuleFor(x => x.GivenOn).Must(givenOn => givenOn <= RomeCalendar.Today(clock))
            .WithErrorCode(ValidationCodes.DataProcessingConsentInFuture)
            .WithMessage((_, givenOn) => $"'{{PropertyName}}' ({CommonRules.Iso(givenOn)}) must not be after today ({CommonRules.Iso(RomeCalendar.Today(clock))}).");
    }
}
