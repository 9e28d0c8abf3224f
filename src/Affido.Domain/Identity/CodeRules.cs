using FluentValidation;

namespace Affido.Domain;

/// <summary>
/// Reusable FluentValidation rules for the pseudonymous codes and the small identifiers of the model
/// (<c>.PseudonymousCode()</c>, <c>.LanguageCode()</c>, <c>.BackgroundTag()</c>).
/// </summary>
/// <remarks>
/// The registry holds codes, never names (Provincia di Milano, "Banca Dati Famiglie Affidatarie Online"; Reg. art. 13):
/// a code is the only handle on a person, so an empty one is always an error.
/// </remarks>
public static class CodeRules
{
    private const string EmptyCodeMessage = "'{PropertyName}' must not be empty or blank.";

    /// <summary>A pseudonymous code (minor, carer, person, district, sibling group) must not be empty or blank: <see cref="ValidationCodes.CodeEmpty"/>.</summary>
    /// <typeparam name="T">The validated type.</typeparam>
    /// <typeparam name="TCode">The code type.</typeparam>
    /// <param name="ruleBuilder">The rule builder.</param>
    /// <returns>The rule builder options, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ruleBuilder"/> is null.</exception>
    public static IRuleBuilderOptions<T, TCode> PseudonymousCode<T, TCode>(this IRuleBuilder<T, TCode> ruleBuilder)
        where TCode : struct, ICode<TCode>
    {
        ArgumentNullException.ThrowIfNull(ruleBuilder);
        return ruleBuilder.Must(code => !code.IsEmpty)
            .WithErrorCode(ValidationCodes.CodeEmpty)
            .WithMessage(EmptyCodeMessage);
    }

    /// <summary>The language must be an ISO 639-1 code, two lower-case ASCII letters: <see cref="ValidationCodes.LanguageCodeFormat"/>.</summary>
    /// <typeparam name="T">The validated type.</typeparam>
    /// <param name="ruleBuilder">The rule builder.</param>
    /// <returns>The rule builder options, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ruleBuilder"/> is null.</exception>
    public static IRuleBuilderOptions<T, LanguageCode> LanguageCode<T>(this IRuleBuilder<T, LanguageCode> ruleBuilder)
    {
        ArgumentNullException.ThrowIfNull(ruleBuilder);
        return ruleBuilder.Must(code => code.Value is { Length: 2 } value && char.IsAsciiLetterLower(value[0]) && char.IsAsciiLetterLower(value[1]))
            .WithErrorCode(ValidationCodes.LanguageCodeFormat)
            .WithMessage((_, code) => $"'{{PropertyName}}' must be a two-letter lower-case ISO 639-1 code (e.g. it), but is '{code}'.");
    }

    /// <summary>The background tag must not be empty or blank: <see cref="ValidationCodes.BackgroundTagEmpty"/>.</summary>
    /// <typeparam name="T">The validated type.</typeparam>
    /// <param name="ruleBuilder">The rule builder.</param>
    /// <returns>The rule builder options, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ruleBuilder"/> is null.</exception>
    public static IRuleBuilderOptions<T, BackgroundTag> BackgroundTag<T>(this IRuleBuilder<T, BackgroundTag> ruleBuilder)
    {
        ArgumentNullException.ThrowIfNull(ruleBuilder);
        return ruleBuilder.Must(tag => !tag.IsEmpty)
            .WithErrorCode(ValidationCodes.BackgroundTagEmpty)
            .WithMessage("'{PropertyName}' must not be empty or blank.");
    }
}
