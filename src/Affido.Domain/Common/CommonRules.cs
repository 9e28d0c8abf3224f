using FluentValidation;
using NodaTime;
using NodaTime.Text;

namespace Affido.Domain;

/// <summary>
/// Reusable FluentValidation rules shared by the domain validators: required values, texts, enums and periods.
/// Each sets a stable <see cref="ValidationCodes"/> code and a culture-independent message naming the property.
/// </summary>
public static class CommonRules
{
    /// <summary>
    /// The date to which periods are added to compare them (2000-01-01): a period is positive when it moves this date
    /// forward. Periods mixing signs (one month minus thirty days) depend on the date they are added to, so one fixed date
    /// keeps every comparison reproducible.
    /// </summary>
    public static LocalDate PeriodReferenceDate { get; } = new(2000, 1, 1);

    /// <summary>The value must be present (not <see langword="null"/>): <see cref="ValidationCodes.Required"/>.</summary>
    /// <typeparam name="T">The validated type.</typeparam>
    /// <typeparam name="TProperty">The property type.</typeparam>
    /// <param name="ruleBuilder">The rule builder.</param>
    /// <returns>The rule builder options, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ruleBuilder"/> is null.</exception>
    public static IRuleBuilderOptions<T, TProperty> Required<T, TProperty>(this IRuleBuilder<T, TProperty> ruleBuilder)
    {
        ArgumentNullException.ThrowIfNull(ruleBuilder);
        return ruleBuilder.NotNull()
            .WithErrorCode(ValidationCodes.Required)
            .WithMessage("'{PropertyName}' is required.");
    }

    /// <summary>The text must be present and not blank: <see cref="ValidationCodes.TextEmpty"/>.</summary>
    /// <typeparam name="T">The validated type.</typeparam>
    /// <param name="ruleBuilder">The rule builder.</param>
    /// <returns>The rule builder options, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ruleBuilder"/> is null.</exception>
    public static IRuleBuilderOptions<T, string?> RequiredText<T>(this IRuleBuilder<T, string?> ruleBuilder)
    {
        ArgumentNullException.ThrowIfNull(ruleBuilder);
        return ruleBuilder.Must(text => !string.IsNullOrWhiteSpace(text))
            .WithErrorCode(ValidationCodes.TextEmpty)
            .WithMessage("'{PropertyName}' must not be empty or blank.");
    }

    /// <summary>The text may be absent (<see langword="null"/>) but, when present, not blank: <see cref="ValidationCodes.TextBlank"/>.</summary>
    /// <typeparam name="T">The validated type.</typeparam>
    /// <param name="ruleBuilder">The rule builder.</param>
    /// <returns>The rule builder options, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ruleBuilder"/> is null.</exception>
    public static IRuleBuilderOptions<T, string?> OptionalText<T>(this IRuleBuilder<T, string?> ruleBuilder)
    {
        ArgumentNullException.ThrowIfNull(ruleBuilder);
        return ruleBuilder.Must(text => text is null || !string.IsNullOrWhiteSpace(text))
            .WithErrorCode(ValidationCodes.TextBlank)
            .WithMessage("'{PropertyName}' must be absent or not blank.");
    }

    /// <summary>The enum value must be one of the defined members: <see cref="ValidationCodes.EnumUndefined"/>.</summary>
    /// <typeparam name="T">The validated type.</typeparam>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <param name="ruleBuilder">The rule builder.</param>
    /// <returns>The rule builder options, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ruleBuilder"/> is null.</exception>
    public static IRuleBuilderOptions<T, TEnum> DefinedEnum<T, TEnum>(this IRuleBuilder<T, TEnum> ruleBuilder)
        where TEnum : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(ruleBuilder);
        return ruleBuilder.Must(value => Enum.IsDefined(value))
            .WithErrorCode(ValidationCodes.EnumUndefined)
            .WithMessage((_, value) => $"'{{PropertyName}}' has the value {Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture).ToString(System.Globalization.CultureInfo.InvariantCulture)}, which is not a defined {typeof(TEnum).Name}.");
    }

    /// <summary>
    /// The period, when present, must be in date units only and move <see cref="PeriodReferenceDate"/> forward:
    /// <see cref="ValidationCodes.PeriodTimeUnits"/>, <see cref="ValidationCodes.PeriodOutOfRange"/>,
    /// <see cref="ValidationCodes.PeriodNotPositive"/>. An absent period passes (say separately when it is required).
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
            .WithErrorCode(ValidationCodes.PeriodTimeUnits)
            .WithMessage((_, period) => $"'{{PropertyName}}' ({period}) must be in years, months, weeks and days only.")
            .Must(period => period is null || period.HasTimeComponent || AddToReferenceDate(period) is not null)
            .WithErrorCode(ValidationCodes.PeriodOutOfRange)
            .WithMessage((_, period) => $"'{{PropertyName}}' ({period}) is out of the range of dates.")
            .Must(period => period is null || period.HasTimeComponent || !(AddToReferenceDate(period) <= PeriodReferenceDate))
            .WithErrorCode(ValidationCodes.PeriodNotPositive)
            .WithMessage((_, period) => $"'{{PropertyName}}' ({period}) must be longer than zero.");
    }

    /// <summary><see cref="PeriodReferenceDate"/> plus the date period, or <see langword="null"/> when out of range.</summary>
    private static LocalDate? AddToReferenceDate(Period period)
    {
        try
        {
            return PeriodReferenceDate.Plus(period);
        }
        catch (OverflowException)
        {
            return null;
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary>The date as yyyy-MM-dd, independent of the culture.</summary>
    internal static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>Whether <paramref name="items"/> holds two equal elements.</summary>
    internal static bool HasDuplicates<TItem>(IEnumerable<TItem> items)
    {
        var seen = new HashSet<TItem>();
        foreach (var item in items)
        {
            if (!seen.Add(item))
            {
                return true;
            }
        }
        return false;
    }
}
