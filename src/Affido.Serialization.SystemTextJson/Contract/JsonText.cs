using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Affido.Serialization.SystemTextJson;

/// <summary>How error messages show the JSON they could not read: cut, and with no control character left raw.</summary>
/// <remarks>
/// A message may reach a terminal or a log: a value of 50 MB is cut to its first characters and its size, and
/// control, format (bidirectional overrides) and other invisible characters are written as <c>\uXXXX</c>, so that
/// a value cannot move the cursor, clear the screen or reorder the text around it.
/// </remarks>
internal static class JsonText
{
    /// <summary>The most characters of a value a message shows.</summary>
    public const int MaxShown = 60;

    private const int MaxBytesDecoded = 4 * MaxShown;

    /// <summary>The current token, for a message: "the string \"abc\"", "the number 12", "null", "an object"...</summary>
    /// <param name="reader">The reader, on the token.</param>
    /// <returns>The description.</returns>
    public static string Token(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => "the string " + Raw(ref reader, quoted: true),
        JsonTokenType.Number => "the number " + Raw(ref reader, quoted: false),
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        JsonTokenType.Null => "null",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.PropertyName => "the property name " + Raw(ref reader, quoted: true),
        var other => other.ToString(),
    };

    /// <summary><paramref name="text"/> in double quotes, cut and with invisible characters escaped.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The quoted text.</returns>
    public static string Quote(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length > MaxShown
            ? "\"" + Escape(text.AsSpan(0, MaxShown)) + "\"… (" + text.Length.ToString(CultureInfo.InvariantCulture) + " characters)"
            : "\"" + Escape(text) + "\"";
    }

    /// <summary>A JSON path step for a property name: <c>.trauma</c>, or <c>['odd name']</c>.</summary>
    /// <param name="name">The property name.</param>
    /// <returns>The step.</returns>
    public static string PropertyStep(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        bool plain = name.Length is > 0 and <= MaxShown && name.All(char.IsAsciiLetterOrDigit);
        return plain ? "." + name : "['" + Escape(name.Length > MaxShown ? name.AsSpan(0, MaxShown) : name).Replace("'", "\\'", StringComparison.Ordinal) + "']";
    }

    /// <summary>The token's own JSON text (escapes left as written), cut to <see cref="MaxShown"/> characters.</summary>
    private static string Raw(ref Utf8JsonReader reader, bool quoted)
    {
        long length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        byte[] prefix = reader.HasValueSequence
            ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence.Slice(0, Math.Min(length, MaxBytesDecoded)))
            : reader.ValueSpan[..(int)Math.Min(length, MaxBytesDecoded)].ToArray();

        // Shown only, never kept: invalid bytes become U+FFFD here, which Escape writes as \ufffd.
        string text = Encoding.UTF8.GetString(prefix);
        bool cut = length > MaxBytesDecoded || text.Length > MaxShown;
        string shown = Escape(text.Length > MaxShown ? text.AsSpan(0, MaxShown) : text);
        string open = quoted ? "\"" : string.Empty;
        return cut
            ? open + shown + open + "… (" + length.ToString(CultureInfo.InvariantCulture) + " bytes)"
            : open + shown + open;
    }

    private static string Escape(ReadOnlySpan<char> text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            var category = char.GetUnicodeCategory(c);
            bool invisible = char.IsControl(c) || c == '\uFFFD' || category is UnicodeCategory.Format or UnicodeCategory.LineSeparator
                or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned;
            if (invisible)
            {
                builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
