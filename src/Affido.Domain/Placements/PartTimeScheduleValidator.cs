using FluentValidation;
using NodaTime;

namespace Affido.Domain;

/// <summary>
/// Validates a <see cref="PartTimeSchedule"/> (Reg. art. 3, tempo parziale): at least one day, each Monday to Sunday
/// and listed once; 1 to 24 hours a day when fixed; a non-blank description of the periods when given.
/// </summary>
public sealed class PartTimeScheduleValidator : AbstractValidator<PartTimeSchedule>
{
    /// <summary>Declares the rules.</summary>
    public PartTimeScheduleValidator()
    {
        RuleFor(x => x.Days).Must(days => !days.IsEmpty)
            .WithErrorCode(ValidationCodes.PartTimeScheduleDaysEmpty)
            .WithMessage("'{PropertyName}' must name at least one day of the week.");
        RuleFor(x => x.Days).Must(days => !CommonRules.HasDuplicates(days))
            .WithErrorCode(ValidationCodes.PartTimeScheduleDaysDuplicate)
            .WithMessage("'{PropertyName}' must not name a day twice.");
        RuleForEach(x => x.Days).Must(day => day is >= IsoDayOfWeek.Monday and <= IsoDayOfWeek.Sunday)
            .WithErrorCode(ValidationCodes.PartTimeScheduleDayUndefined)
            .WithMessage((_, day) => $"'{{PropertyName}}' must be a day from Monday to Sunday, but is {((int)day).ToString(System.Globalization.CultureInfo.InvariantCulture)}.");
        RuleFor(x => x.HoursPerDay).InclusiveBetween(1, 24)
            .When(x => x.HoursPerDay.HasValue)
            .WithErrorCode(ValidationCodes.PartTimeScheduleHoursOutOfRange)
            .WithMessage((_, hours) => $"'{{PropertyName}}' must be between 1 and 24, but is {hours.GetValueOrDefault().ToString(System.Globalization.CultureInfo.InvariantCulture)}.");
        RuleFor(x => x.Periods).OptionalText();
    }
}
