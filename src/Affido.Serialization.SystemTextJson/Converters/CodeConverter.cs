using System.Text.Json;
using System.Text.Json.Serialization;

namespace Affido.Serialization.SystemTextJson;

/// <summary>
/// Any code of the model (<see cref="ICode{TSelf}"/>: <see cref="CarerCode"/>, <see cref="MinorCode"/>,
/// <see cref="IstatCode"/>, <see cref="LanguageCode"/>...) as a plain JSON string: <c>"C000229"</c>, never
/// <c>{"value":"C000229","isEmpty":false}</c>. Also a dictionary key.
/// </summary>
/// <remarks>
/// The text is kept exactly as written, as the codes themselves keep it: whether it is a valid code (not blank, six
/// digits for an ISTAT code...) is for the validators to say, naming the member. A JSON <c>null</c>, a number or
/// invalid UTF-8 is a <see cref="JsonException"/>. The <c>default</c> code (no value) is written as <c>""</c>.
/// </remarks>
/// <typeparam name="TCode">The code type.</typeparam>
public sealed class CodeConverter<TCode> : JsonConverter<TCode>, ICodeShape
    where TCode : struct, ICode<TCode>
{
    private static readonly string Expected = "a " + typeof(TCode).Name + " (a string)";

    /// <inheritdoc />
    public override TCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => TCode.From(JsonRead.String(ref reader, Expected));

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, TCode value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.Value ?? string.Empty);
    }

    /// <inheritdoc />
    public override TCode ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => TCode.From(JsonRead.PropertyName(ref reader));

    /// <inheritdoc />
    public override void WriteAsPropertyName(Utf8JsonWriter writer, TCode value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(value.Value ?? string.Empty);
    }
}

/// <summary>A converter writing a code as a plain string (for the schema).</summary>
internal interface ICodeShape
{
}
