using FluentValidation;

namespace Affido.Domain;

/// <summary>
/// The messages of the domain validators: one template per <see cref="ValidationCodes"/> code in Italian
/// (<c>Messages/ItalianMessages.cs</c>) and in English (<c>Messages/EnglishMessages.cs</c>), rendered with the fixed
/// formatting of each language (<see cref="MessageFormat"/>) whatever the server's culture.
/// </summary>
/// <remarks>
/// Every failure of a domain validator carries its message in both languages: the English text as
/// <see cref="FluentValidation.Results.ValidationFailure.ErrorMessage"/>, both as a <see cref="BilingualText"/> in
/// <see cref="FluentValidation.Results.ValidationFailure.CustomState"/>; read it with
/// <see cref="ValidationFailureExtensions.Text"/> or <see cref="ValidationFailureExtensions.MessageIn"/>. FluentValidation's
/// own messages, which follow the thread's culture, are never used. List <see cref="MessageCatalogue.Codes"/> and
/// <see cref="MessageCatalogue.Template"/> to build a translation table of your own.
/// </remarks>
public static class DomainMessages
{
    /// <summary>The catalogue of the domain's validation messages, keyed by <see cref="ValidationCodes"/> code.</summary>
    public static MessageCatalogue Catalogue { get; } = new(ItalianMessages.Templates, EnglishMessages.Templates);

    /// <summary>Sets the error code and the message (from <see cref="Catalogue"/>) of the rule's last validator.</summary>
    internal static IRuleBuilderOptions<T, TProperty> WithDomainMessage<T, TProperty>(
        this IRuleBuilderOptions<T, TProperty> rule, string code, Func<T, TProperty, MessageArgument[]>? arguments = null)
        => rule.WithMessageFrom(Catalogue, code, arguments);

    /// <summary>A failure at <paramref name="path"/> with the code and message of <see cref="Catalogue"/>.</summary>
    internal static FluentValidation.Results.ValidationFailure Failure(string path, string code, object? attemptedValue, params ReadOnlySpan<MessageArgument> arguments)
        => Catalogue.Failure(path, code, attemptedValue, arguments);
}
