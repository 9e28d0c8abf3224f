namespace Affido.Api;

/// <summary>One entry of a ProblemDetails' <c>errors</c>: the stable code and the message (keyed by the member's JSON path).</summary>
/// <param name="Code">The stable code, e.g. <c>request.minors.missing</c> or <c>http.body.invalid-json</c>.</param>
/// <param name="Message">What is wrong, in English or (Accept-Language: it) Italian.</param>
internal sealed record ProblemError(string Code, string Message);
