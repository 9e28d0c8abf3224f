using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Affido.Serialization.SystemTextJson;

/// <summary>A <see cref="ValueArray{T}"/> as a JSON array, each element as its own type is written.</summary>
/// <remarks>
/// <c>[]</c> is the empty array; a member left out is empty too when the model gives it no value (a missing required
/// member is an error, as for any type). A JSON <c>null</c> in place of the array, or as an element, is a
/// <see cref="JsonException"/>: the model's lists never hold nulls. An error in an element names its full path
/// (<c>$.minors[1].birthDate</c>).
/// </remarks>
/// <typeparam name="T">The element type.</typeparam>
public sealed class ValueArrayConverter<T> : JsonConverter<ValueArray<T>>
{
    private static readonly string Expected = "an array of " + typeof(T).Name;

    /// <inheritdoc />
    public override bool HandleNull => true;

    /// <inheritdoc />
    public override ValueArray<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            string hint = reader.TokenType == JsonTokenType.Null ? " (an empty list is [])" : string.Empty;
            throw new AffidoJsonException($"Expected {Expected}, found {JsonText.Token(ref reader)}{hint}.");
        }

        var element = (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
        var items = ImmutableArray.CreateBuilder<T>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            string step = "[" + items.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
            if (reader.TokenType == JsonTokenType.Null && default(T) is null)
            {
                throw new AffidoJsonException($"Expected a {typeof(T).Name}, found null: the list holds no null element.", step);
            }

            // A syntax error is the reader's own, with the line in this text: let it out as it is.
            var syntax = reader;
            syntax.TrySkip();

            T? item;
            try
            {
                item = JsonSerializer.Deserialize(ref reader, element);
            }
            catch (JsonException ex)
            {
                // Raised while reading the element from a copy of its text: the path and line are relative to it.
                throw AffidoJsonException.Nest(ex, step);
            }

            items.Add(item!);
        }

        return new ValueArray<T>(items.DrainToImmutable());
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, ValueArray<T> value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(options);
        var element = (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
        writer.WriteStartArray();
        foreach (var item in value)
        {
            JsonSerializer.Serialize(writer, item, element);
        }

        writer.WriteEndArray();
    }
}
