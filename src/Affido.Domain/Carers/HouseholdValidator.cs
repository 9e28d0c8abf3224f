using FluentValidation;
using NodaTime;

namespace Affido.Domain;

/// <summary>Validates a <see cref="Household"/>: a defined type, and no own child born after today (Europe/Rome).</summary>
public sealed class HouseholdValidator : AbstractValidator<Household>
{
    /// <summary>Declares the rules.</summary>
    /// <param name="clock">The clock that says what today is, in the Europe/Rome zone.</param>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    public HouseholdValidator(IClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        RuleFor(x => x.Type).DefinedEnum();
        RuleForEach(x => x.ChildrenBirthDates).Must(birthDate => birthDate <= RomeCalendar.Today(clock))
            .WithErrorCode(ValidationCodes.HouseholdChildBornInFuture)
            .WithMessage((_, birthDate) => $"'{{PropertyName}}' ({CommonRules.Iso(birthDate)}) must not be after today ({CommonRules.Iso(RomeCalendar.Today(clock))}).");
    }
}
