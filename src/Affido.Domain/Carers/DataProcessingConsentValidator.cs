using FluentValidation;
using NodaTime;

namespace Affido.Domain;

/// <summary>
/// Validates a <see cref="DataProcessingConsent"/> (consenso informato al trattamento dei dati, Reg. UE 2016/679 art. 7;
/// Reg. art. 13): a supported date, not after today (Europe/Rome).
/// </summary>
public sealed class DataProcessingConsentValidator : AffidoValidator<DataProcessingConsent>
{
    /// <summary>Declares the rules.</summary>
    /// <param name="clock">The clock that says what today is, in the Europe/Rome zone.</param>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    public DataProcessingConsentValidator(IClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        RuleFor(x => x.GivenOn).SupportedDate();
        RuleFor(x => x.GivenOn).Must(givenOn => SupportedDates.NotAfter(givenOn, RomeCalendar.Today(clock)))
            .WithDomainMessage(ValidationCodes.DataProcessingConsentInFuture);
    }
}
