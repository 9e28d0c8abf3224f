using System.Text.Json;
using System.Text.RegularExpressions;
using Affido.Domain;
using Affido.Serialization.SystemTextJson;
using FluentValidation.Results;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Affido.Api;

/// <summary>
/// RFC 9457 problem details for every bad request: <c>errors</c> maps the JSON path of each member at fault (empty for
/// the body as a whole) to its <see cref="ProblemError"/>s, so a client reads codes, never splits strings.
/// </summary>
internal static partial class Problems
{
    /// <summary>Any body that System.Text.Json or the library's strict reading refused (malformed, missing member, wrong type, unknown municipality...).</summary>
    public const string InvalidJson = "http.body.invalid-json";

    /// <summary>A required member of the body is missing (path: the member).</summary>
    public const string MemberMissing = "http.body.member-missing";

    /// <summary>A body over <see cref="ApiApp.MaxBodyBytes"/>.</summary>
    public const string TooLarge = "http.body.too-large";

    /// <summary>A query parameter that is not a valid value.</summary>
    public const string QueryInvalid = "http.query.invalid";

    private const string BadRequestType = "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1";

    public static IResult Invalid(HttpContext http, IEnumerable<(string Path, ProblemError Error)> errors, string title = "The request is not valid.")
        => Problem(http, StatusCodes.Status400BadRequest, title, BadRequestType, errors);

    /// <summary>Validation failures of the library's validators, their paths under <paramref name="prefix"/> (e.g. <c>[2].request</c>).</summary>
    public static IResult Validation(HttpContext http, IEnumerable<ValidationFailure> failures, string prefix = "")
    {
        var language = Language(http);
        return Invalid(http, failures.Select(f => (Join(prefix, f.JsonPath()), new ProblemError(f.ErrorCode, f.MessageIn(language)))));
    }

    public static IResult Json(HttpContext http, JsonException exception)
    {
        string path = AffidoJsonErrors.PathOf(exception) ?? "$";
        path = path == "$" ? string.Empty : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
        string description = AffidoJsonErrors.DescriptionOf(exception);

        // System.Text.Json names missing required members only in its message: give each its own path and code.
        var missing = MissingMembers().Match(description);
        if (missing.Success)
        {
            return Invalid(http, [.. missing.Groups["names"].Value.Split(", ")
                .Select(name => (Join(path, name.Trim('\'')), new ProblemError(MemberMissing, $"The member '{name.Trim('\'')}' is required.")))],
                "The body lacks a required member.");
        }

        return Invalid(http, [(path, new ProblemError(InvalidJson, description))], "The body is not a JSON document of the expected shape.");
    }

    public static IResult BodyTooLarge(HttpContext http)
        => Problem(http, StatusCodes.Status413PayloadTooLarge, "The body is too large.", "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.14",
            [(string.Empty, new ProblemError(TooLarge, $"The body must not exceed {ApiApp.MaxBodyBytes} bytes."))]);

    public static IResult Query(HttpContext http, string parameter, string message)
        => Invalid(http, [(parameter, new ProblemError(QueryInvalid, message))]);

    private static ProblemHttpResult Problem(HttpContext http, int status, string title, string type, IEnumerable<(string Path, ProblemError Error)> errors)
    {
        var grouped = new Dictionary<string, List<ProblemError>>(StringComparer.Ordinal);
        foreach (var (path, error) in errors)
        {
            if (!grouped.TryGetValue(path, out var list))
            {
                grouped.Add(path, list = []);
            }

            list.Add(error);
        }

        return TypedResults.Problem(statusCode: status, title: title, type: type, instance: http.Request.Path,
            extensions: new Dictionary<string, object?> { ["errors"] = grouped });
    }

    [GeneratedRegex("missing required properties including: (?<names>'[^']+'(, '[^']+')*)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex MissingMembers();

    private static string Join(string prefix, string path)
        => prefix.Length == 0 ? path : path.Length == 0 ? prefix : path.StartsWith('[') ? prefix + path : prefix + "." + path;

    private static MessageLanguage Language(HttpContext http)
        => http.Request.GetTypedHeaders().AcceptLanguage.OrderByDescending(l => l.Quality ?? 1).FirstOrDefault() is { } best
           && best.Value.Value?.StartsWith("it", StringComparison.OrdinalIgnoreCase) == true
            ? MessageLanguage.Italian
            : MessageLanguage.English;
}
