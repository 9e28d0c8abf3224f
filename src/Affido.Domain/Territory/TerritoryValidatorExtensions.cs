using FluentValidation;

namespace Affido.Domain;

/// <summary>FluentValidation rule-builder extensions for territory values: <c>.IstatCode()</c>, <c>.Latitude()</c>, <c>.Longitude()</c>.</summary>
public static class TerritoryValidatorExtensions
{
    /// <summary>The ISTAT municipality code must be exactly six digits (e.g. 015189): <see cref="ValidationCodes.IstatCodeFormat"/>.</summary>
    /// <typeparam name="T">The validated type.</typeparam>
    /// <param name="ruleBuilder">The rule builder.</param>
    /// <returns>The rule builder options, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ruleBuilder"/> is null.</exception>
    public static IRuleBuilderOptions<T, IstatCode> IstatCode<T>(this IRuleBuilder<T, IstatCode> ruleBuilder)
    {
        ArgumentNullException.ThrowIfNull(ruleBuilder);
        return ruleBuilder.Must(code => code.IsWellFormed).WithDomainMessage(ValidationCodes.IstatCodeFormat);
    }

    /// <summary>The latitude must be a finite number of degrees in [-90, 90] (not NaN, not infinite): <see cref="ValidationCodes.LatitudeOutOfRange"/>.</summary>
    /// <typeparam name="T">The validated type.</typeparam>
    /// <param name="ruleBuilder">The rule builder.</param>
    /// <returns>The rule builder options, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ruleBuilder"/> is null.</exception>
    public static IRuleBuilderOptions<T, double> Latitude<T>(this IRuleBuilder<T, double> ruleBuilder)
    {
        ArgumentNullException.ThrowIfNull(ruleBuilder);
        return ruleBuilder.Degrees(90, ValidationCodes.LatitudeOutOfRange);
    }

    /// <summary>The longitude must be a finite number of degrees in [-180, 180] (not NaN, not infinite): <see cref="ValidationCodes.LongitudeOutOfRange"/>.</summary>
    /// <typeparam name="T">The validated type.</typeparam>
    /// <param name="ruleBuilder">The rule builder.</param>
    /// <returns>The rule builder options, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ruleBuilder"/> is null.</exception>
    public static IRuleBuilderOptions<T, double> Longitude<T>(this IRuleBuilder<T, double> ruleBuilder)
    {
        ArgumentNullException.ThrowIfNull(ruleBuilder);
        return ruleBuilder.Degrees(180, ValidationCodes.LongitudeOutOfRange);
    }

    /// <summary>Whether <paramref name="text"/> is exactly <paramref name="length"/> ASCII digits.</summary>
    internal static bool IsDigits(string? text, int length) => text is not null && text.Length == length && text.All(char.IsAsciiDigit);

    /// <summary>A finite number in [-<paramref name="limit"/>, <paramref name="limit"/>] (NaN fails every comparison).</summary>
    private static IRuleBuilderOptions<T, double> Degrees<T>(this IRuleBuilder<T, double> ruleBuilder, int limit, string code)
        => ruleBuilder.Must(degrees => degrees >= -limit && degrees <= limit)
            .WithDomainMessage(code, (_, _) => [MessageArgument.Number("min", -limit), MessageArgument.Number("max", limit)]);
}
