namespace Affido.Matching;

/// <summary>
/// The messages of Affido.Matching in Italian and English, keyed by code: the label of every hard filter
/// (<see cref="HardFilterDefinition.ReasonCode"/>) and criterion (<see cref="CriterionDefinition.Code"/>), and the
/// message of every validation code (<see cref="MatchValidationCodes"/>). The texts are in ItalianMessages.cs and
/// EnglishMessages.cs; they hold no culture-dependent value, so they read the same whatever the server's culture.
/// </summary>
public static class MatchingMessages
{
    /// <summary>The catalogue: <c>MatchingMessages.Catalogue.Render(code)</c> gives the Italian and English text.</summary>
    public static MessageCatalogue Catalogue { get; } = new(ItalianMessages.Templates, EnglishMessages.Templates);

    /// <summary>The English text of <paramref name="code"/>: the message the validators attach to a failure.</summary>
    internal static string English(string code) => Catalogue.Template(code, MessageLanguage.English);
}
