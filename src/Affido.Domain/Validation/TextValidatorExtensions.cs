using FluentValidation;

namespace Affido.Domain;

/// <summary>
/// FluentValidation rule-builder extensions for text members: <c>.RequiredText(kind)</c>, <c>.OptionalText(kind)</c>.
/// The <see cref="TextKind"/> sets the longest length (<see cref="InputLimits"/>) and the characters allowed.
/// </summary>
public static class TextValidatorExtensions
{
    /// <summary>
    /// The text must be present and not blank (<see cref="ValidationCodes.TextEmpty"/>), no longer than its kind allows
    /// (<see cref="ValidationCodes.TextTooLong"/>), with no character its kind forbids
    /// (<see cref="ValidationCodes.TextInvalidCharacter"/>).
    /// </summary>
    /// <typeparam name="T">The validated type.</typeparam>
    /// <param name="ruleBuilder">The rule builder.</param>
    /// <param name="kind">What the text holds; a line (a name, an address) by default.</param>
    /// <returns>The rule builder options, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ruleBuilder"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined value.</exception>
    public static IRuleBuilderOptions<T, string?> RequiredText<T>(this IRuleBuilder<T, string?> ruleBuilder, TextKind kind = TextKind.Line)
    {
        ArgumentNullException.ThrowIfNull(ruleBuilder);
        return ruleBuilder.Must(text => !string.IsNullOrWhiteSpace(text))
            .WithDomainMessage(ValidationCodes.TextEmpty)
            .TextShape(kind);
    }

    /// <summary>
    /// The text may be absent (<see langword="null"/>) but, when present, not blank (<see cref="ValidationCodes.TextBlank"/>),
    /// no longer than its kind allows (<see cref="ValidationCodes.TextTooLong"/>), with no character its kind forbids
    /// (<see cref="ValidationCodes.TextInvalidCharacter"/>).
    /// </summary>
    /// <typeparam name="T">The validated type.</typeparam>
    /// <param name="ruleBuilder">The rule builder.</param>
    /// <param name="kind">What the text holds; a line (a name, an address) by default.</param>
    /// <returns>The rule builder options, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ruleBuilder"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined value.</exception>
    public static IRuleBuilderOptions<T, string?> OptionalText<T>(this IRuleBuilder<T, string?> ruleBuilder, TextKind kind = TextKind.Line)
    {
        ArgumentNullException.ThrowIfNull(ruleBuilder);
        return ruleBuilder.Must(text => text is null || !string.IsNullOrWhiteSpace(text))
            .WithDomainMessage(ValidationCodes.TextBlank)
            .TextShape(kind);
    }

    /// <summary>The longest length of a text of <paramref name="kind"/>.</summary>
    internal static int MaxLength(TextKind kind) => kind switch
    {
        TextKind.Line => InputLimits.MaxLineLength,
        TextKind.Identifier => InputLimits.MaxCodeLength,
        TextKind.FreeText => InputLimits.MaxFreeTextLength,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a defined text kind."),
    };

    private static IRuleBuilderOptions<T, string?> TextShape<T>(this IRuleBuilderOptions<T, string?> rule, TextKind kind)
    {
        int max = MaxLength(kind);
        return rule
            .Must(text => text is null || text.Length <= max)
            .WithDomainMessage(ValidationCodes.TextTooLong, (_, text) => [MessageArgument.Number("max", max), MessageArgument.Number("length", text?.Length ?? 0)])
            .Must(text => TextCharacters.FirstInvalid(text, kind) < 0)
            .WithDomainMessage(ValidationCodes.TextInvalidCharacter, (_, text) => [MessageArgument.Number("position", TextCharacters.FirstInvalid(text, kind))]);
    }
}
