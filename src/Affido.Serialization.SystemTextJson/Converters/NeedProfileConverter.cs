using System.Text.Json;
using System.Text.Json.Serialization;

namespace Affido.Serialization.SystemTextJson;

/// <summary>
/// A <see cref="NeedProfile"/> as an object of levels by category: <c>{"health":"low","trauma":"high"}</c>; no need
/// at all is <c>{}</c>.
/// </summary>
/// <remarks>
/// Names are the camelCase names of <see cref="NeedCategory"/> and <see cref="NeedLevel"/>. Writing leaves out the
/// categories at <see cref="NeedLevel.None"/> and orders the others as the enum does. Reading accepts
/// <c>"none"</c>; an unknown category (such as the <c>"packed"</c> of a profile written without this package), an
/// unknown level, a category named twice, a number or <c>null</c> is a <see cref="JsonException"/>, so that needs are
/// never lost silently.
/// </remarks>
public sealed class NeedProfileConverter : JsonConverter<NeedProfile>
{
    private static readonly NeedCategory[] Categories = Enum.GetValues<NeedCategory>();
    private static readonly NeedLevel[] Levels = Enum.GetValues<NeedLevel>();
    private static readonly JsonEncodedText[] CategoryNames = [.. Categories.Select(c => JsonEncodedText.Encode(JsonNamingPolicy.CamelCase.ConvertName(c.ToString())))];
    private static readonly JsonEncodedText[] LevelNames = [.. Levels.Select(l => JsonEncodedText.Encode(JsonNamingPolicy.CamelCase.ConvertName(l.ToString())))];
    private static readonly string ExpectedCategories = string.Join(", ", CategoryNames.Select(n => "\"" + n.Value + "\""));
    private static readonly string ExpectedLevels = string.Join(", ", LevelNames.Select(n => "\"" + n.Value + "\""));

    /// <summary>The JSON names of the categories, in the order of <see cref="NeedCategory"/>.</summary>
    public static IReadOnlyList<string> CategoryJsonNames { get; } = [.. CategoryNames.Select(n => n.Value)];

    /// <summary>The JSON names of the levels, in the order of <see cref="NeedLevel"/>.</summary>
    public static IReadOnlyList<string> LevelJsonNames { get; } = [.. LevelNames.Select(n => n.Value)];

    /// <inheritdoc />
    public override bool HandleNull => true;

    /// <inheritdoc />
    public override NeedProfile Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            string hint = reader.TokenType == JsonTokenType.Null ? " (no need at all is {})" : string.Empty;
            throw new AffidoJsonException($"Expected an object of need levels such as {{\"trauma\":\"medium\"}}, found {JsonText.Token(ref reader)}{hint}.");
        }

        var profile = NeedProfile.None;
        Span<bool> seen = stackalloc bool[Categories.Length];
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            int category = IndexOf(ref reader, CategoryNames);
            string name = JsonRead.PropertyName(ref reader);
            string step = JsonText.PropertyStep(name);
            if (category < 0)
            {
                throw new AffidoJsonException($"Unknown need category {JsonText.Quote(name)}: expected {ExpectedCategories}.", step);
            }

            if (seen[category])
            {
                throw new AffidoJsonException($"The need category {JsonText.Quote(name)} is given twice.", step);
            }

            seen[category] = true;
            reader.Read();
            int level = reader.TokenType == JsonTokenType.String ? IndexOf(ref reader, LevelNames) : -1;
            if (level < 0)
            {
                throw new AffidoJsonException($"Expected a need level, one of {ExpectedLevels}, found {JsonText.Token(ref reader)}.", step);
            }

            profile = profile.With(Categories[category], Levels[level]);
        }

        return profile;
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, NeedProfile value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        for (int i = 0; i < Categories.Length; i++)
        {
            var level = value[Categories[i]];
            if (level != NeedLevel.None)
            {
                writer.WriteString(CategoryNames[i], LevelNames[(int)level]);
            }
        }

        writer.WriteEndObject();
    }

    private static int IndexOf(ref Utf8JsonReader reader, JsonEncodedText[] names)
    {
        if (reader.ValueIsEscaped)
        {
            string text = reader.TokenType == JsonTokenType.PropertyName ? JsonRead.PropertyName(ref reader) : JsonRead.String(ref reader, "a need level");
            return Array.FindIndex(names, n => n.Value == text);
        }

        for (int i = 0; i < names.Length; i++)
        {
            if (reader.ValueTextEquals(names[i].EncodedUtf8Bytes))
            {
                return i;
            }
        }

        return -1;
    }
}
