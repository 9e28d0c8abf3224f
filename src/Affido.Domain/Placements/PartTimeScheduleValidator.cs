using FluentValidation;
using NodaTime;

namespace Affido.Domain;

/// <summary>
/// Validates a <see cref="PartTimeSchedule"/> (Reg. art. 3, tempo parziale): at least one day, each Monday to Sunday
/// and listed once; 1 to 24 hours a day when fixed; a non-blank description of the periods (free text) when given.
/// </summary>
public sealed class PartTimeScheduleValidator : AffidoValidator<PartTimeSchedule>
{
    /// <summary>Declares the rules.</summary>
    public PartTimeScheduleValidator()
    {
        RuleFor(x => x.Days).NotEmptyList(ValidationCodes.PartTimeScheduleDaysEmpty);
        RuleFor(x => x.Days).Distinct(ValidationCodes.PartTimeScheduleDaysDuplicate);
        RuleForEach(x => x.Days).Must(day => day is >= IsoDayOfWeek.Monday and <= IsoDayOfWeek.Sunday)
            .WithDomainMessage(ValidationCodes.PartTimeScheduleDayUndefined, (_, day) => [MessageArgument.Number("value", (int)day)]);
        RuleFor(x => x.HoursPerDay!.Value).Between(1, 24, ValidationCodes.PartTimeScheduleHoursOutOfRange)
            .OverridePropertyName(nameof(PartTimeSchedule.HoursPerDay))
            .When(x => x.HoursPerDay.HasValue);
        RuleFor(x => x.Periods).OptionalText(TextKind.FreeText);
    }
}
