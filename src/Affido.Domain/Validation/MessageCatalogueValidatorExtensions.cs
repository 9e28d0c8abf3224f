using FluentValidation;
using FluentValidation.Results;

namespace Affido.Domain;

/// <summary>
/// Connects a <see cref="MessageCatalogue"/> to FluentValidation: a rule's failure gets its stable code as
/// <see cref="ValidationFailure.ErrorCode"/>, the English message as <see cref="ValidationFailure.ErrorMessage"/> and
/// the message in both languages as a <see cref="BilingualText"/> in <see cref="ValidationFailure.CustomState"/>.
/// </summary>
/// <remarks>
/// The domain validators use it with <see cref="DomainMessages.Catalogue"/>; a package or an integrator with its own
/// catalogue uses it the same way, so that <see cref="ValidationFailureExtensions.MessageIn"/> gives the Italian of every
/// failure. The rendered messages never go through FluentValidation's culture-dependent texts; templates should not
/// hold FluentValidation's own placeholders (<c>{PropertyName}</c>): the failure's path names the member.
/// </remarks>
public static class MessageCatalogueValidatorExtensions
{
    /// <summary>
    /// Sets the error code of the rule's last validator to <paramref name="code"/>, and its message to the template of
    /// <paramref name="code"/> in <paramref name="catalogue"/> filled with <paramref name="arguments"/>.
    /// </summary>
    /// <typeparam name="T">The validated type.</typeparam>
    /// <typeparam name="TProperty">The property type.</typeparam>
    /// <param name="rule">The rule.</param>
    /// <param name="catalogue">The catalogue holding <paramref name="code"/>.</param>
    /// <param name="code">The stable code, a key of <paramref name="catalogue"/>.</param>
    /// <param name="arguments">The values of the template's placeholders, from the instance and the property value; none when <see langword="null"/>.</param>
    /// <returns>The rule, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> or <paramref name="catalogue"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> has no message in <paramref name="catalogue"/>.</exception>
    public static IRuleBuilderOptions<T, TProperty> WithMessageFrom<T, TProperty>(
        this IRuleBuilderOptions<T, TProperty> rule, MessageCatalogue catalogue, string code, Func<T, TProperty, MessageArgument[]>? arguments = null)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(catalogue);
        if (!catalogue.Contains(code))
        {
            throw new ArgumentException($"The catalogue has no message for '{code}'.", nameof(code));
        }

        return rule
            .WithErrorCode(code)
            .WithMessage((instance, value) => catalogue.Render(code, arguments?.Invoke(instance, value) ?? []).English)
            .WithState((instance, value) => catalogue.Render(code, arguments?.Invoke(instance, value) ?? []));
    }

    /// <summary>
    /// A failure at <paramref name="propertyPath"/> with <paramref name="code"/> and its message from
    /// <paramref name="catalogue"/>, as <see cref="WithMessageFrom"/> makes them: for rules that add failures themselves
    /// (<c>Custom</c>).
    /// </summary>
    /// <param name="catalogue">The catalogue holding <paramref name="code"/>.</param>
    /// <param name="propertyPath">The path of the member, e.g. <c>Minors[0].BirthDate</c>.</param>
    /// <param name="code">The stable code, a key of <paramref name="catalogue"/>.</param>
    /// <param name="attemptedValue">The value that failed (the domain validators keep it only when <see cref="AttemptedValues.IsShareable"/>).</param>
    /// <param name="arguments">The values of the template's placeholders.</param>
    /// <returns>The failure.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalogue"/> or <paramref name="propertyPath"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> has no message, or the arguments do not match its placeholders.</exception>
    public static ValidationFailure Failure(this MessageCatalogue catalogue, string propertyPath, string code, object? attemptedValue, params ReadOnlySpan<MessageArgument> arguments)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(propertyPath);
        var text = catalogue.Render(code, arguments);
        return new ValidationFailure(propertyPath, text.English, attemptedValue) { ErrorCode = code, CustomState = text };
    }
}
