namespace Affido.Domain;

/// <summary>A text in Italian, the language of the acts and of the social workers, and in English.</summary>
/// <param name="Italian">The Italian text.</param>
/// <param name="English">The English text.</param>
public sealed record BilingualText(string Italian, string English)
{
    /// <summary>The text in <paramref name="language"/>.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value.</exception>
    public string In(MessageLanguage language) => language switch
    {
        MessageLanguage.Italian => Italian,
        MessageLanguage.English => English,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "Not a defined message language."),
    };

    /// <summary>The Italian text.</summary>
    public override string ToString() => Italian;
}
