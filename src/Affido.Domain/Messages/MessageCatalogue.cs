using System.Text;

namespace Affido.Domain;

/// <summary>
/// The message templates of one package, one dictionary per language keyed by the stable code they explain, in the
/// manner of FluentValidation's <c>Resources/Languages</c>: proofreading a language is reading one file.
/// </summary>
/// <remarks>
/// <para>A template names its values in braces (<c>"Il minore {minor} ha compiuto 14 anni il {birthday}."</c>);
/// <see cref="Render"/> fills them with <see cref="MessageArgument"/>s written the way each language writes them
/// (<see cref="MessageFormat"/>), so a message is byte-identical whatever the server's culture.</para>
/// <para>The constructor checks that both languages have the same codes and, for each code, the same placeholders:
/// a catalogue that is out of step fails when its package is first used, not when a message is shown.</para>
/// </remarks>
public sealed class MessageCatalogue
{
    private readonly IReadOnlyDictionary<string, string> italian;
    private readonly IReadOnlyDictionary<string, string> english;

    /// <summary>A catalogue of the two languages' templates.</summary>
    /// <param name="italian">The Italian templates, by code.</param>
    /// <param name="english">The English templates, by code.</param>
    /// <exception cref="ArgumentNullException">A dictionary is null.</exception>
    /// <exception cref="ArgumentException">The languages have different codes, or a code has different placeholders in the two languages, or a placeholder is not a name.</exception>
    public MessageCatalogue(IReadOnlyDictionary<string, string> italian, IReadOnlyDictionary<string, string> english)
    {
        ArgumentNullException.ThrowIfNull(italian);
        ArgumentNullException.ThrowIfNull(english);
        foreach (string? code in italian.Keys.Union(english.Keys, StringComparer.Ordinal))
        {
            if (!italian.TryGetValue(code, out string? it) || !english.TryGetValue(code, out string? en))
            {
                throw new ArgumentException($"The message '{code}' is written in one language only.", nameof(english));
            }

            if (!Placeholders(it).SetEquals(Placeholders(en)))
            {
                throw new ArgumentException($"The message '{code}' names different values in Italian and in English.", nameof(english));
            }
        }

        this.italian = italian;
        this.english = english;
    }

    /// <summary>Every code with a message, in ordinal order.</summary>
    public IReadOnlyList<string> Codes => [.. italian.Keys.Order(StringComparer.Ordinal)];

    /// <summary>Whether <paramref name="code"/> has a message.</summary>
    /// <param name="code">A code.</param>
    /// <returns>True when both languages have its template.</returns>
    public bool Contains(string code) => code is not null && italian.ContainsKey(code);

    /// <summary>The template of <paramref name="code"/> in <paramref name="language"/>, placeholders unfilled.</summary>
    /// <param name="code">A code of the catalogue.</param>
    /// <param name="language">The language.</param>
    /// <returns>The template.</returns>
    /// <exception cref="ArgumentException"><paramref name="code"/> has no message.</exception>
    public string Template(string code, MessageLanguage language)
    {
        var templates = language == MessageLanguage.Italian ? italian : english;
        return code is not null && templates.TryGetValue(code, out string? template)
            ? template
            : throw new ArgumentException($"No message for '{code}'.", nameof(code));
    }

    /// <summary>The message of <paramref name="code"/> in both languages, its placeholders filled with <paramref name="arguments"/>.</summary>
    /// <param name="code">A code of the catalogue.</param>
    /// <param name="arguments">One argument per placeholder of the template; extra arguments are an error too.</param>
    /// <returns>The message.</returns>
    /// <exception cref="ArgumentException"><paramref name="code"/> has no message, or the arguments do not match its placeholders.</exception>
    public BilingualText Render(string code, params ReadOnlySpan<MessageArgument> arguments)
    {
        var byName = new Dictionary<string, MessageArgument>(arguments.Length, StringComparer.Ordinal);
        foreach (var argument in arguments)
        {
            if (argument.Name is null || !byName.TryAdd(argument.Name, argument))
            {
                throw new ArgumentException($"The arguments of '{code}' hold an unnamed or repeated value.", nameof(arguments));
            }
        }

        string it = Fill(code, Template(code, MessageLanguage.Italian), byName, MessageLanguage.Italian);
        string en = Fill(code, Template(code, MessageLanguage.English), byName, MessageLanguage.English);
        if (byName.Count != Placeholders(Template(code, MessageLanguage.English)).Count)
        {
            throw new ArgumentException($"The message '{code}' does not use every argument given.", nameof(arguments));
        }

        return new BilingualText(it, en);
    }

    private static string Fill(string code, string template, Dictionary<string, MessageArgument> arguments, MessageLanguage language)
    {
        var text = new StringBuilder(template.Length + 32);
        int at = 0;
        while (at < template.Length)
        {
            int open = template.IndexOf('{', at);
            if (open < 0)
            {
                text.Append(template, at, template.Length - at);
                break;
            }

            int close = template.IndexOf('}', open);
            text.Append(template, at, open - at);
            string name = template[(open + 1)..close];
            if (!arguments.TryGetValue(name, out var argument))
            {
                throw new ArgumentException($"The message '{code}' needs a value for {{{name}}}.", nameof(arguments));
            }

            text.Append(argument.Format(language));
            at = close + 1;
        }

        return text.ToString();
    }

    private static HashSet<string> Placeholders(string template)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        int at = 0;
        while ((at = template.IndexOf('{', at)) >= 0)
        {
            int close = template.IndexOf('}', at);
            string name = close < 0 ? string.Empty : template[(at + 1)..close];
            if (name.Length == 0 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
            {
                throw new ArgumentException($"The template \"{template}\" has a placeholder that is not a name.", nameof(template));
            }

            names.Add(name);
            at = close + 1;
        }

        return names;
    }
}
