namespace Affido.Rules;

/// <summary>A message in Italian, the language of the acts and of the social workers, and in English.</summary>
/// <param name="Italian">The Italian text.</param>
/// <param name="English">The English text.</param>
public sealed record BilingualText(string Italian, string English)
{
    /// <summary>The Italian text.</summary>
    public override string ToString() => Italian;
}
