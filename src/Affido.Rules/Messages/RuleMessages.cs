using Affido.Domain;
using FluentValidation;
using FluentValidation.Results;

namespace Affido.Rules;

/// <summary>
/// The message catalogue of Affido.Rules: the templates of <see cref="ItalianMessages"/> and <see cref="EnglishMessages"/>,
/// keyed by the code they explain (a finding's code, or a contribution's explanation code).
/// </summary>
/// <remarks>
/// Besides the codes, a key is either a variant of a code's message, <c>code:variant</c> (the same finding worded for
/// another case, e.g. <c>hearing.minor.missing:discernment</c>), or a fragment, <c>group:name</c>, that a message
/// takes as an argument (a missing document, a plan element, a participant's role). Built once; its constructor checks
/// that both languages have the same keys and placeholders.
/// </remarks>
internal static class RuleMessages
{
    /// <summary>The groups of fragment keys (<c>group:name</c>).</summary>
    public static IReadOnlyList<string> FragmentGroups { get; } =
        ["document", "plan-element", "signatory", "participant", "kinship", "matter", "service-placement-element", "step", "arrangement"];

    /// <summary>
    /// For a validator's <c>PreValidate</c>: a <see langword="null"/> instance is a <see cref="ValidationCodes.Required"/>
    /// failure at the empty path (as <see cref="AffidoValidator{T}"/> answers it), never FluentValidation's exception.
    /// </summary>
    /// <returns>False (nothing to validate) when the instance is null.</returns>
    public static bool ReportNull<T>(ValidationContext<T> context, ValidationResult result)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(result);
        if (context.InstanceToValidate is not null)
        {
            return true;
        }

        result.Errors.Add(DomainMessages.Catalogue.Failure(string.Empty, ValidationCodes.Required, null));
        return false;
    }

    /// <summary>The catalogue.</summary>
    public static MessageCatalogue Catalogue { get; } = new(ItalianMessages.Templates, EnglishMessages.Templates);

    /// <summary>The message of <paramref name="key"/> with its placeholders filled.</summary>
    public static BilingualText Render(string key, params ReadOnlySpan<MessageArgument> arguments) => Catalogue.Render(key, arguments);

    /// <summary>The key of a variant of <paramref name="code"/>'s message.</summary>
    public static string Variant(string code, string variant) => code + ":" + variant;

    /// <summary>The key of a fragment.</summary>
    public static string Fragment(string group, string name) => group + ":" + name;

    /// <summary>Fragments joined with "; " in each language, as one argument.</summary>
    public static MessageArgument List(string name, IEnumerable<BilingualText> items)
    {
        var list = items.ToList();
        return MessageArgument.Words(name, new BilingualText(string.Join("; ", list.Select(i => i.Italian)), string.Join("; ", list.Select(i => i.English))));
    }
}
