using System.Globalization;

namespace Affido.Domain;

/// <summary>Finds the characters a text or a code must not hold (see <see cref="TextKind"/>).</summary>
internal static class TextCharacters
{
    /// <summary>U+FFFD, what a lenient UTF-8 decoder leaves for each invalid byte sequence.</summary>
    private const char ReplacementCharacter = '\uFFFD';

    /// <summary>The index of the first character a code must not hold, or -1 (also for <see langword="null"/>).</summary>
    /// <param name="code">The code's text.</param>
    public static int FirstInvalidInCode(string? code) => FirstInvalid(code, TextKind.Identifier);

    /// <summary>The index of the first character a text of <paramref name="kind"/> must not hold, or -1 (also for <see langword="null"/>).</summary>
    /// <param name="text">The text.</param>
    /// <param name="kind">What the text holds.</param>
    public static int FirstInvalid(string? text, TextKind kind)
    {
        if (text is null)
        {
            return -1;
        }

        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                    continue;
                }

                return i;
            }

            if (char.IsLowSurrogate(c) || c == ReplacementCharacter || !Allowed(c, kind))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool Allowed(char c, TextKind kind) => CharUnicodeInfo.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.Control => kind == TextKind.FreeText && c is '\t' or '\n' or '\r',
        UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator => kind == TextKind.FreeText,
        UnicodeCategory.Format => kind != TextKind.Identifier,
        _ => true,
    };
}
