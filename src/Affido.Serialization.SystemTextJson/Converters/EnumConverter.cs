using System.Text.Json;
using System.Text.Json.Serialization;

namespace Affido.Serialization.SystemTextJson;

/// <summary>
/// An enum of the model as its camelCase name: <c>"fullTime"</c>, <c>"unaccompaniedForeignMinor"</c>.
/// </summary>
/// <remarks>
/// Reading is exact: the camelCase name, case-sensitive. A number (<c>1</c> or <c>"1"</c>), another spelling
/// (<c>"FullTime"</c>), a list (<c>"fullTime, partTime"</c>) or an unknown name is a <see cref="JsonException"/>
/// listing the names allowed: integers change meaning when a value is inserted, names do not. Writing a value that
/// is not defined is a <see cref="JsonException"/> too, since it could not be read back.
/// </remarks>
/// <typeparam name="TEnum">The enum type.</typeparam>
public sealed class EnumConverter<TEnum> : JsonConverter<TEnum>, IEnumNames
    where TEnum : struct, Enum
{
    private static readonly TEnum[] Values = Enum.GetValues<TEnum>();
    private static readonly string[] Names = [.. Values.Select(v => JsonNamingPolicy.CamelCase.ConvertName(v.ToString()))];
    private static readonly JsonEncodedText[] EncodedNames = [.. Names.Select(n => JsonEncodedText.Encode(n))];
    private static readonly string Expected = "one of " + string.Join(", ", Names.Select(n => "\"" + n + "\"")) + " (" + typeof(TEnum).Name + ")";

    /// <summary>The JSON names of the values, in the order of <see cref="Enum.GetValues{TEnum}"/>.</summary>
    public static IReadOnlyList<string> JsonNames => Names;

    IReadOnlyList<string> IEnumNames.JsonNames => Names;

    /// <inheritdoc />
    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped)
        {
            for (int i = 0; i < Names.Length; i++)
            {
                if (reader.ValueTextEquals(EncodedNames[i].EncodedUtf8Bytes))
                {
                    return Values[i];
                }
            }
        }
        else if (reader.TokenType == JsonTokenType.String)
        {
            string text = JsonRead.String(ref reader, Expected);
            int index = Array.IndexOf(Names, text);
            if (index >= 0)
            {
                return Values[index];
            }
        }

        throw new AffidoJsonException($"Expected {Expected}, found {JsonText.Token(ref reader)}.");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        int index = Array.IndexOf(Values, value);
        if (index < 0)
        {
            throw new JsonException($"The value {value} is not a defined {typeof(TEnum).Name}, so it cannot be written.");
        }

        writer.WriteStringValue(EncodedNames[index]);
    }
}

/// <summary>A converter writing an enum as names: the names, for the schema.</summary>
internal interface IEnumNames
{
    /// <summary>The JSON names of the values.</summary>
    IReadOnlyList<string> JsonNames { get; }
}
