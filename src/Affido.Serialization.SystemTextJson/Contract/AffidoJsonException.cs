using System.Text.Json;

namespace Affido.Serialization.SystemTextJson;

/// <summary>
/// The <see cref="JsonException"/> this package throws: its message ends with the full JSON path of the bad value,
/// as System.Text.Json's own conversion errors do ("... Path: $.minors[0].needs.trauma | LineNumber: 3 | ...").
/// </summary>
/// <remarks>
/// System.Text.Json fills <see cref="JsonException.Path"/> with the position of the converter that threw; the part
/// below it (an element of an array, a need category) is kept in <see cref="RelativePath"/>, so that an error deep in
/// an array still names the value, not only the array.
/// </remarks>
internal sealed class AffidoJsonException : JsonException
{
    public AffidoJsonException(string detail, string relativePath = "", Exception? innerException = null)
        : base(detail, innerException)
    {
        Detail = detail;
        RelativePath = relativePath;
    }

    private AffidoJsonException(string detail, string relativePath, JsonException innerException, long? line, long? position)
        : this(detail, relativePath, innerException)
    {
        innerLine = line;
        innerPosition = position;
    }

    private readonly long? innerLine;
    private readonly long? innerPosition;

    /// <summary>
    /// The line of the bad value (0-based). When nested, System.Text.Json sets <see cref="JsonException.LineNumber"/>
    /// to the line where the part starts (the reader is reset there) and read the part from a copy whose lines count
    /// from 0 at its start: the value's line is the sum.
    /// </summary>
    public long? ValueLineNumber => innerLine is { } relative ? (LineNumber ?? 0) + relative : LineNumber;

    /// <summary>The byte position of the bad value in its line (on the part's first line, counted from the part's start).</summary>
    public long? ValueBytePositionInLine => innerLine is { } relative
        ? relative == 0 ? Math.Max(0, (BytePositionInLine ?? 1) - 1) + (innerPosition ?? 0) : innerPosition
        : BytePositionInLine;

    /// <summary>What is wrong, without the path.</summary>
    public string Detail { get; }

    /// <summary>The path below <see cref="JsonException.Path"/>, e.g. <c>[2].code</c>; empty when none.</summary>
    public string RelativePath { get; }

    /// <summary>The full JSON path of the bad value.</summary>
    public string FullPath => (Path ?? "$") + RelativePath;

    /// <inheritdoc />
    public override string Message => ValueLineNumber is { } line
        ? $"{Detail} Path: {FullPath} | LineNumber: {line} | BytePositionInLine: {ValueBytePositionInLine}."
        : $"{Detail} Path: {FullPath}.";

    /// <summary>
    /// Rethrows <paramref name="inner"/>, raised while reading a part of a value (an array element), as an error
    /// of the whole value whose path goes down to the part.
    /// </summary>
    /// <param name="inner">The error of the part; its path is relative to the part.</param>
    /// <param name="step">The step from the value to the part, e.g. <c>[3]</c>.</param>
    /// <returns>The error to throw.</returns>
    public static AffidoJsonException Nest(JsonException inner, string step)
    {
        if (inner is AffidoJsonException own)
        {
            return new AffidoJsonException(own.Detail, step + Below(own.Path) + own.RelativePath, inner, own.ValueLineNumber, own.ValueBytePositionInLine);
        }

        return new AffidoJsonException(WithoutPath(inner.Message), step + Below(inner.Path), inner, inner.LineNumber, inner.BytePositionInLine);
    }

    /// <summary>A System.Text.Json message without its " Path: ... | LineNumber: ..." suffix.</summary>
    /// <param name="message">The message.</param>
    /// <returns>The message alone.</returns>
    public static string WithoutPath(string message)
    {
        int suffix = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (suffix < 0)
        {
            suffix = message.IndexOf(" LineNumber: ", StringComparison.Ordinal);
        }

        return suffix >= 0 ? message[..suffix] : message;
    }

    private static string Below(string? path) => path is null || path == "$" ? string.Empty : path.StartsWith('$') ? path[1..] : path;
}
