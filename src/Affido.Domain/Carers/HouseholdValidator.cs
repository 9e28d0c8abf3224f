using FluentValidation;
using NodaTime;

namespace Affido.Domain;

/// <summary>Validates a <see cref="Household"/>: a defined type, and own children born on supported dates, none after today (Europe/Rome).</summary>
public sealed class HouseholdValidator : AffidoValidator<Household>
{
    /// <summary>Declares the rules.</summary>
    /// <param name="clock">The clock that says what today is, in the Europe/Rome zone.</param>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    public HouseholdValidator(IClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        RuleFor(x => x.Type).DefinedEnum();
        RuleForEach(x => x.ChildrenBirthDates).SupportedDate();
        RuleForEach(x => x.ChildrenBirthDates).Must(birthDate => SupportedDates.NotAfter(birthDate, RomeCalendar.Today(clock)))
            .WithDomainMessage(ValidationCodes.HouseholdChildBornInFuture);
    }
}
