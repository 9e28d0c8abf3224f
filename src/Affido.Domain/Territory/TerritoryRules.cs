using FluentValidation;

namespace Affido.Domain;

/// <summary>Reusable FluentValidation rules for territory values: <c>.IstatCode()</c>, <c>.Latitude()</c>, <c>.Longitude()</c>.</summary>
public static class TerritoryRules
{
    /// <summary>The ISTAT municipality code must be exactly six digits (e.g. 015189): <see cref="ValidationCodes.IstatCodeFormat"/>.</summary>
    /// <typeparam name="T">The validated type.</typeparam>
    /// <param name="ruleBuilder">The rule builder.</param>
    /// <returns>The rule builder options, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ruleBuilder"/> is null.</exception>
    public static IRuleBuilderOptions<T, IstatCode> IstatCode<T>(this IRuleBuilder<T, IstatCode> ruleBuilder)
    {
        ArgumentNullException.ThrowIfNull(ruleBuilder);
        return ruleBuilder.Must(code => code.IsWellFormed)
            .WithErrorCode(ValidationCodes.IstatCodeFormat)
            .WithMessage((_, code) => $"'{{PropertyName}}' must be a six-digit ISTAT code (e.g. 015189), but is '{code}'.");
    }

    /// <summary>The latitude must be a number of degrees in [-90, 90]: <see cref="ValidationCodes.LatitudeOutOfRange"/>.</summary>
    /// <typeparam name="T">The validated type.</typeparam>
    /// <param name="ruleBuilder">The rule builder.</param>
    /// <returns>The rule builder options, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ruleBuilder"/> is null.</exception>
    public static IRuleBuilderOptions<T, double> Latitude<T>(this IRuleBuilder<T, double> ruleBuilder)
    {
        ArgumentNullException.ThrowIfNull(ruleBuilder);
        return ruleBuilder.Must(degrees => degrees is >= -90.0 and <= 90.0)
            .WithErrorCode(ValidationCodes.LatitudeOutOfRange)
            .WithMessage((_, degrees) => $"'{{PropertyName}}' must be between -90 and 90 degrees, but is {degrees.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}.");
    }

    /// <summary>The longitude must be a number of degrees in [-180, 180]: <see cref="ValidationCodes.LongitudeOutOfRange"/>.</summary>
    /// <typeparam name="T">The validated type.</typeparam>
    /// <param name="ruleBuilder">The rule builder.</param>
    /// <returns>The rule builder options, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ruleBuilder"/> is null.</exception>
    public static IRuleBuilderOptions<T, double> Longitude<T>(this IRuleBuilder<T, double> ruleBuilder)
    {
        ArgumentNullException.ThrowIfNull(ruleBuilder);
        return ruleBuilder.Must(degrees => degrees is >= -180.0 and <= 180.0)
            .WithErrorCode(ValidationCodes.LongitudeOutOfRange)
            .WithMessage((_, degrees) => $"'{{PropertyName}}' must be between -180 and 180 degrees, but is {degrees.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}.");
    }

    /// <summary>Whether <paramref name="text"/> is exactly <paramref name="length"/> ASCII digits.</summary>
    internal static bool IsDigits(string? text, int length) => text is not null && text.Length == length && text.All(char.IsAsciiDigit);
}
