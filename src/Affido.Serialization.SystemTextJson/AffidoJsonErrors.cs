using System.Text.Json;

namespace Affido.Serialization.SystemTextJson;

/// <summary>
/// A reading error in parts, for a report that lays them out itself: ProblemDetails' <c>errors</c> keyed by JSON path,
/// or a command line's "file: line 7 at $.requests[0].expectedStart: ...".
/// </summary>
/// <remarks>
/// System.Text.Json gives <see cref="JsonException.Path"/> as the position of the converter that failed: for an error
/// inside a list, that is the list. These helpers give the path and line of the bad value itself.
/// </remarks>
public static class AffidoJsonErrors
{
    /// <summary>The JSON path of the bad value, e.g. <c>$.minors[0].needs.trauma</c>.</summary>
    /// <param name="exception">The error.</param>
    /// <returns>The path, or <see langword="null"/> when the text is not JSON at all (<see cref="JsonException.Path"/> is null).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="exception"/> is null.</exception>
    public static string? PathOf(JsonException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception is AffidoJsonException own ? own.FullPath : exception.Path;
    }

    /// <summary>The line of the bad value, 0-based as System.Text.Json counts it.</summary>
    /// <param name="exception">The error.</param>
    /// <returns>The line, when known.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="exception"/> is null.</exception>
    public static long? LineNumberOf(JsonException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception is AffidoJsonException own ? own.ValueLineNumber : exception.LineNumber;
    }

    /// <summary>What is wrong, without the path and position (the message's " Path: ... | LineNumber: ..." part).</summary>
    /// <param name="exception">The error.</param>
    /// <returns>The description.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="exception"/> is null.</exception>
    public static string DescriptionOf(JsonException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception is AffidoJsonException own ? own.Detail : AffidoJsonException.WithoutPath(exception.Message);
    }
}
