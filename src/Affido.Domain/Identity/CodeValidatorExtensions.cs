using FluentValidation;

namespace Affido.Domain;

/// <summary>
/// FluentValidation rule-builder extensions for the pseudonymous codes and the small identifiers of the model:
/// <c>.PseudonymousCode()</c>, <c>.LanguageCode()</c>, <c>.BackgroundTag()</c>.
/// </summary>
/// <remarks>
/// The registry holds codes, never names (Provincia di Milano, "Banca Dati Famiglie Affidatarie Online"; Reg. art. 13):
/// a code is the only handle on a person, so an empty one is always an error. A code is compared ordinally, so it is
/// also at most <see cref="InputLimits.MaxCodeLength"/> characters and holds no character that prints as nothing or
/// as something else (<see cref="ValidationCodes.CodeInvalidCharacter"/>).
/// </remarks>
public static class CodeValidatorExtensions
{
    /// <summary>
    /// A pseudonymous code (minor, carer, person, district, sibling group) must not be empty or blank
    /// (<see cref="ValidationCodes.CodeEmpty"/>), nor longer than <see cref="InputLimits.MaxCodeLength"/>
    /// (<see cref="ValidationCodes.CodeTooLong"/>), nor hold a control, invisible or separator character, an unpaired
    /// surrogate or U+FFFD (<see cref="ValidationCodes.CodeInvalidCharacter"/>).
    /// </summary>
    /// <typeparam name="T">The validated type.</typeparam>
    /// <typeparam name="TCode">The code type.</typeparam>
    /// <param name="ruleBuilder">The rule builder.</param>
    /// <returns>The rule builder options, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ruleBuilder"/> is null.</exception>
    public static IRuleBuilderOptions<T, TCode> PseudonymousCode<T, TCode>(this IRuleBuilder<T, TCode> ruleBuilder)
        where TCode : struct, ICode<TCode>
    {
        ArgumentNullException.ThrowIfNull(ruleBuilder);
        return ruleBuilder.Code(ValidationCodes.CodeEmpty);
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
            .WithDomainMessage(ValidationCodes.LanguageCodeFormat);
    }

    /// <summary>
    /// The background tag must not be empty or blank (<see cref="ValidationCodes.BackgroundTagEmpty"/>), and is a code
    /// otherwise (<see cref="ValidationCodes.CodeTooLong"/>, <see cref="ValidationCodes.CodeInvalidCharacter"/>).
    /// </summary>
    /// <typeparam name="T">The validated type.</typeparam>
    /// <param name="ruleBuilder">The rule builder.</param>
    /// <returns>The rule builder options, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ruleBuilder"/> is null.</exception>
    public static IRuleBuilderOptions<T, BackgroundTag> BackgroundTag<T>(this IRuleBuilder<T, BackgroundTag> ruleBuilder)
    {
        ArgumentNullException.ThrowIfNull(ruleBuilder);
        return ruleBuilder.Code(ValidationCodes.BackgroundTagEmpty);
    }

    private static IRuleBuilderOptions<T, TCode> Code<T, TCode>(this IRuleBuilder<T, TCode> ruleBuilder, string emptyCode)
        where TCode : struct, ICode<TCode>
        => ruleBuilder
            .Must(code => !code.IsEmpty)
            .WithDomainMessage(emptyCode)
            .Must(code => code.Value is null || code.Value.Length <= InputLimits.MaxCodeLength)
            .WithDomainMessage(ValidationCodes.CodeTooLong, (_, code) =>
                [MessageArgument.Number("max", InputLimits.MaxCodeLength), MessageArgument.Number("length", code.Value?.Length ?? 0)])
            .Must(code => TextCharacters.FirstInvalidInCode(code.Value) < 0)
            .WithDomainMessage(ValidationCodes.CodeInvalidCharacter, (_, code) =>
                [MessageArgument.Number("position", TextCharacters.FirstInvalidInCode(code.Value))]);
}
