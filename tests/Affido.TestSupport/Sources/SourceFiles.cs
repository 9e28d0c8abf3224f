using System.Text;

namespace Affido.TestSupport;

/// <summary>
/// The repository's C# sources, for tests that check conventions by reading them: the root (the folder holding
/// Affido.sln), the .cs files of a folder (build output left out), and the code of a file with its comments, and
/// optionally its string literals, blanked out (lines and columns kept, so a finding points at the right line).
/// </summary>
public static class SourceFiles
{
    /// <summary>The repository's root: the first folder holding Affido.sln above the running tests.</summary>
    /// <exception cref="InvalidOperationException">No Affido.sln above <see cref="AppContext.BaseDirectory"/>.</exception>
    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Affido.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("No Affido.sln above " + AppContext.BaseDirectory);
    }

    /// <summary>The .cs files under <paramref name="folder"/> (relative to the root), without bin/ and obj/, as paths relative to the root with '/'.</summary>
    /// <param name="folder">E.g. "src" or "tests".</param>
    /// <returns>The relative paths, in ordinal order.</returns>
    public static IReadOnlyList<string> CSharpFiles(string folder)
    {
        string root = RepositoryRoot();
        string start = Path.Combine(root, folder);
        if (!Directory.Exists(start))
        {
            return [];
        }

        return [.. Directory.EnumerateFiles(start, "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(f => !f.Split('/').Any(part => part is "bin" or "obj"))
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>The text of a file given relative to the root.</summary>
    /// <param name="relativePath">E.g. "src/Affido.Domain/Minors/Minor.cs".</param>
    /// <returns>Its text.</returns>
    public static string Read(string relativePath) => File.ReadAllText(Path.Combine(RepositoryRoot(), relativePath));

    /// <summary>
    /// <paramref name="source"/> with every comment replaced by spaces and, unless <paramref name="keepStrings"/>, the
    /// contents of every string and character literal too (the quotes stay); newlines are kept.
    /// </summary>
    /// <param name="source">C# source text.</param>
    /// <param name="keepStrings">Keep string literals (to look for literal values).</param>
    /// <returns>The code alone.</returns>
    public static string Code(string source, bool keepStrings = false)
    {
        ArgumentNullException.ThrowIfNull(source);
        var code = new StringBuilder(source.Length);
        int i = 0;
        while (i < source.Length)
        {
            char c = source[i];
            char next = i + 1 < source.Length ? source[i + 1] : '\0';
            if (c == '/' && next == '/')
            {
                while (i < source.Length && source[i] != '\n')
                {
                    code.Append(' ');
                    i++;
                }
            }
            else if (c == '/' && next == '*')
            {
                int end = source.IndexOf("*/", i + 2, StringComparison.Ordinal);
                end = end < 0 ? source.Length : end + 2;
                Blank(code, source, i, end);
                i = end;
            }
            else if (c == '"' || c == '\'' || ((c is '@' or '$') && StartsString(source, i)))
            {
                i = Literal(code, source, i, keepStrings);
            }
            else
            {
                code.Append(c);
                i++;
            }
        }

        return code.ToString();
    }

    /// <summary>The 1-based line of <paramref name="index"/> in <paramref name="text"/>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="index">A position in it.</param>
    /// <returns>The line number.</returns>
    public static int LineOf(string text, int index)
    {
        ArgumentNullException.ThrowIfNull(text);
        int line = 1;
        for (int i = 0; i < index && i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                line++;
            }
        }

        return line;
    }

    private static bool StartsString(string source, int i)
    {
        int j = i;
        while (j < source.Length && source[j] is '@' or '$')
        {
            j++;
        }

        return j < source.Length && j - i <= 3 && source[j] == '"';
    }

    /// <summary>Copies or blanks the literal starting at <paramref name="start"/> (prefixes @ and $, raw """ strings, escapes); returns the index after it.</summary>
    private static int Literal(StringBuilder code, string source, int start, bool keep)
    {
        int i = start;
        bool verbatim = false;
        while (source[i] is '@' or '$')
        {
            verbatim |= source[i] == '@';
            i++;
        }

        char quote = source[i];
        int quotes = 0;
        while (i + quotes < source.Length && source[i + quotes] == quote && quote == '"')
        {
            quotes++;
        }

        int contentStart;
        int end;
        if (quote == '"' && quotes >= 3)
        {
            contentStart = i + quotes;
            string closing = new('"', quotes);
            int close = source.IndexOf(closing, contentStart, StringComparison.Ordinal);
            end = close < 0 ? source.Length : close + quotes;
        }
        else
        {
            contentStart = i + 1;
            int j = contentStart;
            while (j < source.Length)
            {
                if (!verbatim && source[j] == '\\')
                {
                    j += 2;
                    continue;
                }

                if (source[j] == quote)
                {
                    if (verbatim && j + 1 < source.Length && source[j + 1] == quote)
                    {
                        j += 2;
                        continue;
                    }

                    break;
                }

                if (source[j] == '\n' && !verbatim)
                {
                    break;
                }

                j++;
            }

            end = Math.Min(j + 1, source.Length);
        }

        if (keep)
        {
            code.Append(source, start, end - start);
        }
        else
        {
            code.Append(source, start, contentStart - start);
            int contentEnd = Math.Max(contentStart, end - (quote == '"' && quotes >= 3 ? quotes : 1));
            Blank(code, source, contentStart, contentEnd);
            code.Append(source, contentEnd, end - contentEnd);
        }

        return end;
    }

    private static void Blank(StringBuilder code, string source, int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            code.Append(source[k] == '\n' ? '\n' : ' ');
        }
    }
}
