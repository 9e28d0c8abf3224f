using System.Text;
using System.Text.Json;
using FluentValidation.Results;

namespace Affido.Domain;

/// <summary>
/// Reading the library's validation failures: the message in either language, the member's JSON path, and the
/// <c>errors</c> dictionary of an ASP.NET Core <c>ValidationProblemDetails</c>.
/// </summary>
/// <remarks>
/// <para><b>Italian.</b> <see cref="ValidationFailure.ErrorMessage"/> is English; every failure of the library's
/// validators carries both languages as a <see cref="BilingualText"/> in <see cref="ValidationFailure.CustomState"/>
/// (<see cref="MessageCatalogueValidatorExtensions"/>): <c>failure.MessageIn(MessageLanguage.Italian)</c>. A failure
/// from elsewhere (no <see cref="BilingualText"/>) gives its <see cref="ValidationFailure.ErrorMessage"/> in both.</para>
/// <para><b>Paths.</b> FluentValidation names a member with its .NET path (<c>Minors[0].BirthDate</c>); JSON clients
/// see <c>minors[0].birthDate</c>, each name converted with <see cref="JsonNamingPolicy.CamelCase"/>, indexes kept.</para>
/// <para><b>Attempted values.</b> They never go into the dictionary (it holds messages only); the domain validators
/// keep them on the failures only where <see cref="AttemptedValues.IsShareable"/>.</para>
/// </remarks>
public static class ValidationFailureExtensions
{
    /// <summary>The failure's message in Italian and in English.</summary>
    /// <param name="failure">The failure.</param>
    /// <returns>The <see cref="BilingualText"/> in <see cref="ValidationFailure.CustomState"/>, or the <see cref="ValidationFailure.ErrorMessage"/> in both languages.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="failure"/> is null.</exception>
    public static BilingualText Text(this ValidationFailure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return failure.CustomState as BilingualText ?? new BilingualText(failure.ErrorMessage ?? string.Empty, failure.ErrorMessage ?? string.Empty);
    }

    /// <summary>The failure's message in <paramref name="language"/> (see <see cref="Text"/>).</summary>
    /// <param name="failure">The failure.</param>
    /// <param name="language">The language.</param>
    /// <returns>The message.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="failure"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value.</exception>
    public static string MessageIn(this ValidationFailure failure, MessageLanguage language) => failure.Text().In(language);

    /// <summary>The path of the failing member as JSON names it: <c>Minors[0].BirthDate</c> gives <c>minors[0].birthDate</c>.</summary>
    /// <param name="failure">The failure.</param>
    /// <returns>The camel-case path; empty for a failure of the whole object.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="failure"/> is null.</exception>
    public static string JsonPath(this ValidationFailure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return ToJsonPath(failure.PropertyName);
    }

    /// <summary>
    /// The failures as ASP.NET Core's <c>ValidationProblemDetails.Errors</c> wants them: the messages in
    /// <paramref name="language"/> grouped by <see cref="JsonPath"/>, paths in the order they first fail.
    /// </summary>
    /// <param name="failures">The failures (<see langword="null"/> elements are skipped).</param>
    /// <param name="language">The language of the messages; English by default.</param>
    /// <returns>The dictionary, ordinal keys.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="failures"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value.</exception>
    public static IDictionary<string, string[]> ToErrorDictionary(this IEnumerable<ValidationFailure> failures, MessageLanguage language = MessageLanguage.English)
    {
        ArgumentNullException.ThrowIfNull(failures);
        if (!Enum.IsDefined(language))
        {
            throw new ArgumentOutOfRangeException(nameof(language), language, "Not a defined message language.");
        }

        var grouped = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var failure in failures)
        {
            if (failure is null)
            {
                continue;
            }

            string path = failure.JsonPath();
            if (!grouped.TryGetValue(path, out var messages))
            {
                messages = [];
                grouped.Add(path, messages);
                order.Add(path);
            }

            messages.Add(failure.MessageIn(language));
        }

        var errors = new Dictionary<string, string[]>(order.Count, StringComparer.Ordinal);
        foreach (string path in order)
        {
            errors.Add(path, [.. grouped[path]]);
        }

        return errors;
    }

    /// <summary>The failures of <paramref name="result"/> as <see cref="ToErrorDictionary(IEnumerable{ValidationFailure}, MessageLanguage)"/> gives them.</summary>
    /// <param name="result">The validation result.</param>
    /// <param name="language">The language of the messages; English by default.</param>
    /// <returns>The dictionary, ordinal keys; empty when valid.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static IDictionary<string, string[]> ToErrorDictionary(this ValidationResult result, MessageLanguage language = MessageLanguage.English)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Errors.ToErrorDictionary(language);
    }

    /// <summary>A .NET member path (<c>Minors[0].BirthDate</c>) in camel case (<c>minors[0].birthDate</c>).</summary>
    internal static string ToJsonPath(string? propertyPath)
    {
        if (string.IsNullOrEmpty(propertyPath))
        {
            return string.Empty;
        }

        var path = new StringBuilder(propertyPath.Length);
        int at = 0;
        while (at < propertyPath.Length)
        {
            if (propertyPath[at] == '.')
            {
                path.Append('.');
                at++;
                continue;
            }

            if (propertyPath[at] == '[')
            {
                int close = propertyPath.IndexOf(']', at);
                int end = close < 0 ? propertyPath.Length : close + 1;
                path.Append(propertyPath, at, end - at);
                at = end;
                continue;
            }

            int next = propertyPath.IndexOfAny(['.', '['], at);
            if (next < 0)
            {
                next = propertyPath.Length;
            }

            path.Append(JsonNamingPolicy.CamelCase.ConvertName(propertyPath[at..next]));
            at = next;
        }

        return path.ToString();
    }
}
