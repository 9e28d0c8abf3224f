using FluentValidation;
using NodaTime;

namespace Affido.Domain;

/// <summary>
/// FluentValidation rule-builder extensions for dates and periods: <c>.SupportedDate()</c>, <c>.PositiveDatePeriod()</c>.
/// Every date the library accepts lies in <see cref="SupportedDates"/>; a date outside it is a failure naming the
/// member, never an exception further on.
/// </summary>
public static class DateValidatorExtensions
{
    /// <summary>The date must be an ISO date from 1900-01-01 to 2199-12-31 (<see cref="SupportedDates"/>): <see cref="ValidationCodes.DateOutOfRange"/>.</summary>
    /// <typeparam name="T">The validated type.</typeparam>
    /// <param name="ruleBuilder">The rule builder.</param>
    /// <returns>The rule builder options, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ruleBuilder"/> is null.</exception>
    public static IRuleBuilderOptions<T, LocalDate> SupportedDate<T>(this IRuleBuilder<T, LocalDate> ruleBuilder)
    {
        ArgumentNullException.ThrowIfNull(ruleBuilder);
        return ruleBuilder.Must(SupportedDates.Contains).WithDomainMessage(ValidationCodes.DateOutOfRange, RangeArguments);
    }

    /// <summary>The date, when present, must be in <see cref="SupportedDates"/>: <see cref="ValidationCodes.DateOutOfRange"/>. An absent date passes.</summary>
    /// <typeparam name="T">The validated type.</typeparam>
    /// <param name="ruleBuilder">The rule builder.</param>
    /// <returns>The rule builder options, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ruleBuilder"/> is null.</exception>
    public static IRuleBuilderOptions<T, LocalDate?> SupportedDate<T>(this IRuleBuilder<T, LocalDate?> ruleBuilder)
    {
        ArgumentNullException.ThrowIfNull(ruleBuilder);
        return ruleBuilder.Must(date => date is null || SupportedDates.Contains(date.Value)).WithDomainMessage(ValidationCodes.DateOutOfRange, RangeArguments);
    }

    /// <summary>
    /// The period, when present, must be in date units only (<see cref="ValidationCodes.PeriodTimeUnits"/>), move every
    /// date forward: each unit zero or more and one more than zero (<see cref="ValidationCodes.PeriodNotPositive"/>;
    /// <c>P1M-29D</c> fails, as from 31 January it does not move), and keep
    /// <see cref="SupportedDates.PeriodReferenceDate"/> in range (<see cref="ValidationCodes.PeriodOutOfRange"/>). An
    /// absent period passes (say separately when it is required); one failure at most.
    /// </summary>
    /// <typeparam name="T">The validated type.</typeparam>
    /// <param name="ruleBuilder">The rule builder.</param>
    /// <returns>The rule builder options, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ruleBuilder"/> is null.</exception>
    public static IRuleBuilderOptions<T, Period?> PositiveDatePeriod<T>(this IRuleBuilder<T, Period?> ruleBuilder)
    {
        ArgumentNullException.ThrowIfNull(ruleBuilder);
        return ruleBuilder
            .Must(period => period is null || !period.HasTimeComponent)
            .WithDomainMessage(ValidationCodes.PeriodTimeUnits, PeriodArgument)
            .Must(period => period is null || period.HasTimeComponent || IsPositive(period))
            .WithDomainMessage(ValidationCodes.PeriodNotPositive, PeriodArgument)
            .Must(period => period is null || period.HasTimeComponent || !IsPositive(period)
                            || SupportedDates.TryAdd(SupportedDates.PeriodReferenceDate, period) is not null)
            .WithDomainMessage(ValidationCodes.PeriodOutOfRange, (_, _) =>
                [MessageArgument.Date("reference", SupportedDates.PeriodReferenceDate), MessageArgument.Date("latest", SupportedDates.Latest)]);
    }

    /// <summary>Whether every date unit is zero or more and one is more than zero.</summary>
    private static bool IsPositive(Period period)
        => period.Years >= 0 && period.Months >= 0 && period.Weeks >= 0 && period.Days >= 0
           && (period.Years > 0 || period.Months > 0 || period.Weeks > 0 || period.Days > 0);

    private static MessageArgument[] RangeArguments<T, TDate>(T instance, TDate date)
        => [MessageArgument.Date("earliest", SupportedDates.Earliest), MessageArgument.Date("latest", SupportedDates.Latest)];

    private static MessageArgument[] PeriodArgument<T>(T instance, Period? period)
        => [MessageArgument.Period("period", period ?? Period.Zero)];
}
