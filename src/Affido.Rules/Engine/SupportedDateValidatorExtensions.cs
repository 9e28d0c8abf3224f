using Affido.Domain;
using FluentValidation;
using NodaTime;
using NodaTime.Text;

namespace Affido.Rules;

/// <summary>
/// FluentValidation rules that bound the dates and lengths the rules compute with to <see cref="SupportedDates"/>
/// (<see cref="ValidationCodes.DateOutOfRange"/>, <see cref="ValidationCodes.PeriodOutOfRange"/>), so that no date
/// arithmetic of a valid input can overflow. Messages are English and culture-independent.
/// </summary>
internal static class SupportedDateValidatorExtensions
{
    /// <summary>The date lies in <see cref="SupportedDates"/>.</summary>
    public static IRuleBuilderOptions<T, LocalDate> InSupportedRange<T>(this IRuleBuilder<T, LocalDate> rule)
        => rule.Must(SupportedDates.Contains)
            .WithErrorCode(ValidationCodes.DateOutOfRange)
            .WithMessage((_, date) => $"'{{PropertyName}}' ({Iso(date)}) is outside the supported dates ({Range}).");

    /// <summary>The date, when present, lies in <see cref="SupportedDates"/>.</summary>
    public static IRuleBuilderOptions<T, LocalDate?> InSupportedRange<T>(this IRuleBuilder<T, LocalDate?> rule)
        => rule.Must(date => date is not { } d || SupportedDates.Contains(d))
            .WithErrorCode(ValidationCodes.DateOutOfRange)
            .WithMessage((_, date) => $"'{{PropertyName}}' ({(date is { } d ? Iso(d) : "")}) is outside the supported dates ({Range}).");

    /// <summary>
    /// The period, when present and in date units, added to the date <paramref name="from"/> gives, stays in
    /// <see cref="SupportedDates"/> (a <paramref name="from"/> outside the range is reported by its own rule).
    /// </summary>
    public static IRuleBuilderOptions<T, Period?> EndsInSupportedRange<T>(this IRuleBuilder<T, Period?> rule, Func<T, LocalDate> from)
        => rule.Must((instance, period) => period is null || period.HasTimeComponent || !SupportedDates.Contains(from(instance))
                || SupportedDates.TryAdd(from(instance), period) is not null)
            .WithErrorCode(ValidationCodes.PeriodOutOfRange)
            .WithMessage((instance, period) => $"'{{PropertyName}}' ({period}) from {Iso(from(instance))} ends outside the supported dates ({Range}).");

    /// <summary>
    /// Whether <paramref name="date"/> is absent or on or after <paramref name="reference"/>; dates outside
    /// <see cref="SupportedDates"/> (in another calendar too, which NodaTime refuses to compare) are reported by
    /// <see cref="InSupportedRange{T}(IRuleBuilder{T, LocalDate})"/>, never compared here.
    /// </summary>
    public static bool NotBefore(LocalDate? date, LocalDate reference)
        => date is not { } d || !SupportedDates.Contains(d) || !SupportedDates.Contains(reference) || d >= reference;

    /// <summary>The supported range, "1900-01-01 to 2199-12-31".</summary>
    public static string Range { get; } = $"{Iso(SupportedDates.Earliest)} to {Iso(SupportedDates.Latest)}";

    /// <summary>The date as yyyy-MM-dd, whatever the culture.</summary>
    public static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
