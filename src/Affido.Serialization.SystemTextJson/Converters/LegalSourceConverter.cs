using System.Text.Json;
using System.Text.Json.Serialization;

namespace Affido.Serialization.SystemTextJson;

/// <summary>A <see cref="LegalSource"/> as its citation: <c>"L. 184/1983 art. 4 c. 4"</c>.</summary>
/// <remarks>
/// Read with <see cref="LegalSource.Of"/> (the citation trimmed); a blank citation, a number or invalid UTF-8 is a
/// <see cref="JsonException"/>.
/// </remarks>
public sealed class LegalSourceConverter : JsonConverter<LegalSource>
{
    /// <inheritdoc />
    public override LegalSource Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string citation = JsonRead.String(ref reader, "a legal source (a citation such as \"L. 184/1983 art. 4 c. 4\")");
        if (string.IsNullOrWhiteSpace(citation))
        {
            throw new AffidoJsonException("A legal source must not be blank.");
        }

        return LegalSource.Of(citation);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, LegalSource value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStringValue(value.Citation);
    }
}
