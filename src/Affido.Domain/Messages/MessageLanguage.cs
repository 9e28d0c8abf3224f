namespace Affido.Domain;

/// <summary>The languages every message of the library is written in.</summary>
/// <remarks>
/// Italian is the language of the acts and of the social workers; English is for integrators and logs. Each language
/// has its own way of writing dates and amounts (<see cref="MessageFormat"/>), fixed whatever the server's culture.
/// </remarks>
public enum MessageLanguage
{
    /// <summary>Italian: dates 16/03/2026, amounts 1.234,50 €.</summary>
    Italian = 0,

    /// <summary>English: dates 2026-03-16 (ISO 8601), amounts EUR 1,234.50.</summary>
    English = 1,
}
