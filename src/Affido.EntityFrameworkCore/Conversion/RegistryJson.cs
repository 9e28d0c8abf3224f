using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace Affido.EntityFrameworkCore;

/// <summary>
/// The canonical text of the registry's list and record columns: compact JSON written by one fixed writer, so that
/// a value always has exactly one text. The SQL pre-filter relies on it: "the carer accepts form F" is "the forms
/// column contains the text <c>"F"</c>", and a relative within the 4th degree of person P is a fixed prefix
/// <c>{"person":"P","degree":d,</c>.
/// </summary>
/// <remarks>
/// <para>Lossless: element order, repetitions, <see langword="null"/> elements and default codes are kept; enum values
/// are written by name (a value with no name as its number, which <see cref="Enum.Parse{TEnum}(string)"/> reads
/// back); dates as ISO <c>uuuu-MM-dd</c>; doubles in their shortest round-trip form (non-finite ones as strings).</para>
/// <para>A string inside a JSON string never contains an unescaped quote, so a token that starts or ends with a
/// structural quote or brace can only match a whole element: the substring tests are exact.</para>
/// </remarks>
internal static class RegistryJson
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    private static readonly LocalDatePattern DatePattern = LocalDatePattern.Iso;

    // Readers shared by every row: the values are immutable, so equal texts can share one instance (see TextCache).
    private static readonly TextCache<ValueArray<LocalDate>> DateLists = new(ParseDates);
    private static readonly TextCache<ValueArray<Relative>> RelativeLists = new(ParseRelatives);
    private static readonly TextCache<FosterCareService> Services = new(ParseService);
    private static readonly TextCache<Province> Provinces = new(ParseProvince);
    private static readonly TextCache<GeoPoint> Points = new(ParseGeoPoint);

    /// <summary>The name under which a relative's person code is written.</summary>
    private const string PersonName = "person";

    /// <summary>The name under which a relative's degree is written.</summary>
    private const string DegreeName = "degree";

    /// <summary>The name under which a relative's kind is written.</summary>
    private const string KindName = "kind";

    // ---- lists of enums ------------------------------------------------------------------------------------------

    public static string WriteEnums<TEnum>(ValueArray<TEnum> values)
        where TEnum : struct, Enum
        => Write(values, static (writer, items) =>
        {
            writer.WriteStartArray();
            foreach (var item in items.AsSpan())
            {
                writer.WriteStringValue(item.ToString());
            }

            writer.WriteEndArray();
        });

    public static ValueArray<TEnum> ReadEnums<TEnum>(string text)
        where TEnum : struct, Enum
        => EnumLists<TEnum>.Cache.Read(text);

    private static ValueArray<TEnum> ParseEnums<TEnum>(string text)
        where TEnum : struct, Enum
        => ReadArray(text, static (ref Utf8JsonReader reader) => Enum.Parse<TEnum>(RequireString(ref reader)));

    /// <summary>The text an enum list contains exactly when it holds <paramref name="value"/>: the quoted name.</summary>
    public static string EnumToken<TEnum>(TEnum value)
        where TEnum : struct, Enum
        => WriteString(value.ToString());

    // ---- lists of codes ------------------------------------------------------------------------------------------

    public static string WriteCodes<TCode>(ValueArray<TCode> codes)
        where TCode : struct, ICode<TCode>
        => Write(codes, static (writer, items) =>
        {
            writer.WriteStartArray();
            foreach (var code in items.AsSpan())
            {
                WriteNullableString(writer, code.Value);
            }

            writer.WriteEndArray();
        });

    public static ValueArray<TCode> ReadCodes<TCode>(string text)
        where TCode : struct, ICode<TCode>
        => CodeLists<TCode>.Cache.Read(text);

    private static ValueArray<TCode> ParseCodes<TCode>(string text)
        where TCode : struct, ICode<TCode>
        => ReadArray(text, static (ref Utf8JsonReader reader) =>
            reader.TokenType == JsonTokenType.Null ? default : TCode.From(RequireString(ref reader)));

    // ---- lists of dates ------------------------------------------------------------------------------------------

    public static string WriteDates(ValueArray<LocalDate> dates)
        => Write(dates, static (writer, items) =>
        {
            writer.WriteStartArray();
            foreach (var date in items.AsSpan())
            {
                writer.WriteStringValue(DatePattern.Format(date));
            }

            writer.WriteEndArray();
        });

    public static ValueArray<LocalDate> ReadDates(string text) => DateLists.Read(text);

    private static ValueArray<LocalDate> ParseDates(string text)
        => ReadArray(text, static (ref Utf8JsonReader reader) => ParseDate(RequireString(ref reader)));

    /// <summary>The ISO text of a date (<c>uuuu-MM-dd</c>).</summary>
    public static string FormatDate(LocalDate date) => DatePattern.Format(date);

    /// <summary>A date from its ISO text.</summary>
    public static LocalDate ParseDate(string text) => DatePattern.Parse(text).GetValueOrThrow();

    // ---- relatives -----------------------------------------------------------------------------------------------

    public static string WriteRelatives(ValueArray<Relative> relatives)
        => Write(relatives, static (writer, items) =>
        {
            writer.WriteStartArray();
            foreach (var relative in items.AsSpan())
            {
                if (relative is null)
                {
                    writer.WriteNullValue();
                    continue;
                }

                writer.WriteStartObject();
                writer.WritePropertyName(PersonName);
                WriteNullableString(writer, relative.Person.Value);
                writer.WriteNumber(DegreeName, relative.Degree);
                writer.WriteString(KindName, relative.Kind.ToString());
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        });

    public static ValueArray<Relative> ReadRelatives(string text) => RelativeLists.Read(text);

    private static ValueArray<Relative> ParseRelatives(string text)
        => ReadArray(text, static (ref Utf8JsonReader reader) =>
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                return null!;
            }

            Expect(ref reader, JsonTokenType.StartObject);
            string? person = null;
            int degree = 0;
            var kind = KinshipKind.Blood;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                string name = reader.GetString()!;
                reader.Read();
                switch (name)
                {
                    case PersonName:
                        person = reader.TokenType == JsonTokenType.Null ? null : RequireString(ref reader);
                        break;
                    case DegreeName:
                        degree = reader.GetInt32();
                        break;
                    case KindName:
                        kind = Enum.Parse<KinshipKind>(RequireString(ref reader));
                        break;
                    default:
                        throw new JsonException($"Unexpected member '{name}' in a relative.");
                }
            }

            Expect(ref reader, JsonTokenType.EndObject);
            return new Relative(new PersonCode(person!), degree, kind);
        });

    /// <summary>
    /// The text a relatives column contains exactly when it holds a relative <paramref name="person"/> of degree
    /// <paramref name="degree"/>: the start of that element, <c>{"person":"P","degree":d,</c>.
    /// </summary>
    public static string RelativeToken(string person, int degree)
        => "{\"" + PersonName + "\":" + WriteString(person) + ",\"" + DegreeName + "\":"
            + degree.ToString(CultureInfo.InvariantCulture) + ",";

    // ---- records -------------------------------------------------------------------------------------------------

    public static string WriteService(FosterCareService service)
        => Write(service, static (writer, s) =>
        {
            writer.WriteStartObject();
            writer.WritePropertyName("name");
            WriteNullableString(writer, s.Name);
            writer.WritePropertyName("address");
            WriteNullableString(writer, s.Address);
            writer.WritePropertyName("phone");
            WriteNullableString(writer, s.Phone);
            writer.WritePropertyName("email");
            WriteNullableString(writer, s.Email);
            writer.WriteEndObject();
        });

    public static FosterCareService ReadService(string text) => Services.Read(text);

    private static FosterCareService ParseService(string text)
    {
        var members = ReadStringMembers(text);
        return new FosterCareService(members.GetValueOrDefault("name")!, members.GetValueOrDefault("address")!,
            members.GetValueOrDefault("phone")!, members.GetValueOrDefault("email")!);
    }

    public static string WriteProvince(Province province)
        => Write(province, static (writer, p) =>
        {
            writer.WriteStartObject();
            writer.WritePropertyName("code");
            WriteNullableString(writer, p.Code);
            writer.WritePropertyName("abbreviation");
            WriteNullableString(writer, p.Abbreviation);
            writer.WritePropertyName("name");
            WriteNullableString(writer, p.Name);
            if (p.Region is { } region)
            {
                writer.WritePropertyName("regionCode");
                WriteNullableString(writer, region.Code);
                writer.WritePropertyName("regionName");
                WriteNullableString(writer, region.Name);
            }

            writer.WriteEndObject();
        });

    public static Province ReadProvince(string text) => Provinces.Read(text);

    private static Province ParseProvince(string text)
    {
        var members = ReadStringMembers(text);
        var region = members.ContainsKey("regionCode") || members.ContainsKey("regionName")
            ? new Region(members.GetValueOrDefault("regionCode")!, members.GetValueOrDefault("regionName")!)
            : null;
        return new Province(members.GetValueOrDefault("code")!, members.GetValueOrDefault("abbreviation")!,
            members.GetValueOrDefault("name")!, region!);
    }

    public static string WriteGeoPoint(GeoPoint point)
        => Write(point, static (writer, p) =>
        {
            writer.WriteStartObject();
            WriteDouble(writer, "latitude", p.Latitude);
            WriteDouble(writer, "longitude", p.Longitude);
            writer.WriteEndObject();
        });

    public static GeoPoint ReadGeoPoint(string text) => Points.Read(text);

    private static GeoPoint ParseGeoPoint(string text)
    {
        var reader = Reader(text);
        reader.Read();
        Expect(ref reader, JsonTokenType.StartObject);
        double latitude = 0;
        double longitude = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            string name = reader.GetString()!;
            reader.Read();
            double value = reader.TokenType == JsonTokenType.String
                ? double.Parse(reader.GetString()!, NumberStyles.Float, CultureInfo.InvariantCulture)
                : reader.GetDouble();
            if (name == "latitude")
            {
                latitude = value;
            }
            else if (name == "longitude")
            {
                longitude = value;
            }
            else
            {
                throw new JsonException($"Unexpected member '{name}' in a point.");
            }
        }

        return new GeoPoint(latitude, longitude);
    }

    // ---- plumbing ------------------------------------------------------------------------------------------------

    private delegate T ElementReader<out T>(ref Utf8JsonReader reader);

    private static string Write<T>(T value, Action<Utf8JsonWriter, T> write)
    {
        var buffer = new ArrayBufferWriter<byte>(128);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(writer, value);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static string WriteString(string value)
        => Write(value, static (writer, s) => writer.WriteStringValue(s));

    private static void WriteNullableString(Utf8JsonWriter writer, string? value)
    {
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteStringValue(value);
        }
    }

    private static void WriteDouble(Utf8JsonWriter writer, string name, double value)
    {
        if (double.IsFinite(value))
        {
            writer.WriteNumber(name, value);
        }
        else
        {
            writer.WriteString(name, value.ToString("R", CultureInfo.InvariantCulture));
        }
    }

    private static Utf8JsonReader Reader(string text) => new(Encoding.UTF8.GetBytes(text));

    private static ValueArray<T> ReadArray<T>(string text, ElementReader<T> readElement)
    {
        var reader = Reader(text);
        reader.Read();
        Expect(ref reader, JsonTokenType.StartArray);
        var items = new List<T>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            items.Add(readElement(ref reader));
        }

        Expect(ref reader, JsonTokenType.EndArray);
        return items.ToValueArray();
    }

    private static Dictionary<string, string?> ReadStringMembers(string text)
    {
        var reader = Reader(text);
        reader.Read();
        Expect(ref reader, JsonTokenType.StartObject);
        var members = new Dictionary<string, string?>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            string name = reader.GetString()!;
            reader.Read();
            members[name] = reader.TokenType == JsonTokenType.Null ? null : RequireString(ref reader);
        }

        Expect(ref reader, JsonTokenType.EndObject);
        return members;
    }

    private static string RequireString(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.String);
        return reader.GetString()!;
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type)
    {
        if (reader.TokenType != type)
        {
            throw new JsonException($"Expected {type} but found {reader.TokenType} in a registry column.");
        }
    }

    private static class EnumLists<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly TextCache<ValueArray<TEnum>> Cache = new(ParseEnums<TEnum>);
    }

    private static class CodeLists<TCode>
        where TCode : struct, ICode<TCode>
    {
        public static readonly TextCache<ValueArray<TCode>> Cache = new(ParseCodes<TCode>);
    }
}
