using System.Text.Json;

namespace Affido.Serialization.SystemTextJson;

/// <summary>Reading helpers shared by the converters: every failure is an <see cref="AffidoJsonException"/>.</summary>
internal static class JsonRead
{
    /// <summary>The string the reader is on; anything else (null included) or invalid UTF-8 is an error.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="expected">What was expected, for the message (e.g. "a carer code (a string)").</param>
    /// <returns>The string.</returns>
    /// <exception cref="JsonException">The token is not a string, or not valid UTF-8.</exception>
    public static string String(ref Utf8JsonReader reader, string expected)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new AffidoJsonException($"Expected {expected}, found {JsonText.Token(ref reader)}.");
        }

        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException ex)
        {
            // Never replaced by U+FFFD: a code that is not the one sent must not be looked up or stored.
            throw new AffidoJsonException($"Expected {expected}, found {JsonText.Token(ref reader)}, which is not valid UTF-8.", string.Empty, ex);
        }
    }

    /// <summary>The property name the reader is on, as a string (invalid UTF-8 is an error).</summary>
    /// <param name="reader">The reader, on a property name.</param>
    /// <returns>The name.</returns>
    /// <exception cref="JsonException">The name is not valid UTF-8.</exception>
    public static string PropertyName(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException ex)
        {
            throw new AffidoJsonException($"Found {JsonText.Token(ref reader)}, which is not valid UTF-8.", string.Empty, ex);
        }
    }
}
