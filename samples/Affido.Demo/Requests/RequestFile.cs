using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Affido.Domain;
using Affido.Matching;
using Affido.TestSupport;
using NodaTime;
using NodaTime.Text;

namespace Affido.Demo;

/// <summary>
/// Reads the demo's JSON requests file (format in README.md; example in <c>samples/Affido.Demo/requests.json</c>,
/// which is also the embedded default). Any problem becomes a <see cref="RequestFileException"/> whose message
/// names the problem, the JSON path and the line.
/// </summary>
/// <remarks>
/// Comments and trailing commas are allowed; property names are camelCase and case-sensitive; unknown properties
/// are errors (a typo must not be ignored silently). Municipalities are Lombard names ("Rozzano") or ISTAT codes
/// ("015189"); dates are ISO (<c>yyyy-MM-dd</c>).
/// </remarks>
public static partial class RequestFile
{
    /// <summary>The name of the embedded default requests file.</summary>
    public const string EmbeddedName = "requests.json";

    /// <summary>Reads the requests from <paramref name="path"/>.</summary>
    /// <param name="path">The file.</param>
    /// <param name="territory">The territory that municipality names and codes refer to.</param>
    /// <returns>The requests.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="RequestFileException">The file cannot be read or is malformed.</exception>
    public static DemoRequestSet Load(string path, LombardyTerritory territory)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text;
        try
        {
            text = File.ReadAllText(path, Encoding.UTF8);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new RequestFileException($"{path}: cannot be read ({ex.Message})", null, ex);
        }
        return Parse(text, territory, path);
    }

    /// <summary>Reads the built-in requests embedded in the demo (the same text as <c>samples/Affido.Demo/requests.json</c>).</summary>
    /// <param name="territory">The territory.</param>
    /// <returns>The requests.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="territory"/> is null.</exception>
    public static DemoRequestSet LoadEmbedded(LombardyTerritory territory)
    {
        using var stream = typeof(RequestFile).Assembly.GetManifestResourceStream("Affido.Demo." + EmbeddedName)
            ?? throw new InvalidOperationException($"{EmbeddedName} is not embedded in the demo.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Parse(reader.ReadToEnd(), territory, EmbeddedName);
    }

    /// <summary>Parses requests from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="territory">The territory.</param>
    /// <param name="source">The file name used in messages.</param>
    /// <returns>The requests.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="RequestFileException">The text is malformed.</exception>
    public static DemoRequestSet Parse(string json, LombardyTerritory territory, string source = "requests")
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(territory);
        ArgumentNullException.ThrowIfNull(source);
        FileDto? file;
        try
        {
            file = JsonSerializer.Deserialize<FileDto>(json, OptionsFor(territory));
        }
        catch (JsonException ex)
        {
            long? line = ex.LineNumber + 1;
            string where = ex.Path is { Length: > 0 } path && path != "$" ? $" at {path}" : string.Empty;
            throw new RequestFileException($"{source}: line {line}{where}: {Describe(ex)}", line, ex);
        }
        if (file is null)
        {
            throw new RequestFileException($"{source}: line 1: the file holds 'null'; expected an object with a \"requests\" array.", 1, null);
        }
        var requests = (file.Requests ?? []).Select(r => r.ToRequest()).ToArray();
        var waiting = (file.WaitingList ?? []).Select(r => r.ToRequest()).ToArray();
        foreach (var list in new[] { requests, waiting })
        {
            var duplicate = list.GroupBy(r => r.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
            if (duplicate is not null)
            {
                throw new RequestFileException($"{source}: request id '{duplicate.Key}' is used twice in the same list.", null, null);
            }
        }
        if (requests.Length == 0 && waiting.Length == 0)
        {
            throw new RequestFileException($"{source}: no requests: put at least one request in \"requests\" or \"waitingList\".", null, null);
        }
        return new DemoRequestSet([.. requests], [.. waiting]);
    }

    private static JsonSerializerOptions OptionsFor(LombardyTerritory territory) => new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        NumberHandling = JsonNumberHandling.Strict,
        Converters =
        {
            new LocalDateConverter(),
            new MunicipalityConverter(territory),
            new NeedProfileConverter(),
            new LanguageCodeConverter(),
            new CodeConverter<MinorCode>(s => new MinorCode(s), "minor code"),
            new NamedEnumConverter<PlacementForm>(),
            new NamedEnumConverter<TimeArrangement>(),
            new NamedEnumConverter<Sex>(),
            new NamedEnumConverter<ProtectionConstraint>(),
        },
    };

    /// <summary>The exception's message without the serializer's own "Path: … | LineNumber: …" suffix and with friendly type names.</summary>
    private static string Describe(JsonException ex)
    {
        string message = ex.Message;
        int suffix = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (suffix < 0)
        {
            suffix = message.IndexOf(" LineNumber: ", StringComparison.Ordinal);
        }
        if (suffix >= 0)
        {
            message = message[..suffix];
        }
        message = DtoName().Replace(message, m => m.Groups[1].Value switch
        {
            nameof(FileDto) => "the file",
            nameof(RequestDto) => "a request",
            nameof(MinorDto) => "a minor",
            _ => m.Value,
        });
        var unmapped = Unmapped().Match(message);
        if (unmapped.Success)
        {
            return $"unknown property '{unmapped.Groups[1].Value}' in {unmapped.Groups[2].Value} (names are camelCase; see README.md for the format).";
        }
        var conversion = Conversion().Match(message);
        if (conversion.Success)
        {
            return conversion.Groups[1].Value switch
            {
                "System.Int32" => "expected a whole number.",
                "System.Double" => "expected a number.",
                "System.Boolean" => "expected true or false.",
                "System.String" => "expected a string in double quotes.",
                _ => message,
            };
        }
        if (ex.InnerException is FormatException or InvalidOperationException && ex.InnerException.Message.Length > 0 && !message.Contains(ex.InnerException.Message, StringComparison.Ordinal))
        {
            message += " " + ex.InnerException.Message;
        }
        return message.Trim();
    }

    [GeneratedRegex(@"(?:type )?'Affido\.Demo\.RequestFile\+(\w+)'")]
    private static partial Regex DtoName();

    [GeneratedRegex(@"^The JSON property '([^']*)' could not be mapped to any \.NET member contained in (.+)\.$")]
    private static partial Regex Unmapped();

    [GeneratedRegex(@"^The JSON value could not be converted to ([\w.]+)\.")]
    private static partial Regex Conversion();

    /// <summary>The file: <c>{ "requests": [...], "waitingList": [...] }</c>.</summary>
    private sealed class FileDto
    {
        public List<RequestDto>? Requests { get; init; }

        public List<RequestDto>? WaitingList { get; init; }
    }

    /// <summary>One request; checked as a whole once read (the error then points at its closing brace).</summary>
    private sealed class RequestDto : IJsonOnDeserialized
    {
        public required string Id { get; init; }

        public string? Title { get; init; }

        public required List<MinorDto> Minors { get; init; }

        public PlacementForm Form { get; init; } = PlacementForm.Ordinary;

        public TimeArrangement Arrangement { get; init; } = TimeArrangement.FullTime;

        public required LocalDate Start { get; init; }

        public int DurationMonths { get; init; } = 24;

        public required Municipality FamilyMunicipality { get; init; }

        public Municipality? SchoolMunicipality { get; init; }

        public ProtectionConstraint Protection { get; init; } = ProtectionConstraint.None;

        public bool KinshipOnly { get; init; }

        public bool AllowInAssessment { get; init; }

        public double Urgency { get; init; } = 1.0;

        public void OnDeserialized()
        {
            // System.Text.Json calls this before it checks required properties: name the missing ones here.
            var missing = new List<string>();
            if (Id is null) { missing.Add("\"id\""); }
            if (Minors is null) { missing.Add("\"minors\""); }
            if (Start == default) { missing.Add("\"start\""); }
            if (FamilyMunicipality is null) { missing.Add("\"familyMunicipality\""); }
            if (missing.Count > 0)
            {
                throw new JsonException($"{(Id is null ? "a request" : $"request '{Id}'")} lacks {string.Join(", ", missing)}.");
            }
            string who = $"request '{Id}'";
            if (string.IsNullOrWhiteSpace(Id))
            {
                throw new JsonException("a request has an empty \"id\".");
            }
            if (Minors!.Count == 0)
            {
                throw new JsonException($"{who} has no minors: \"minors\" needs at least one.");
            }
            if (Minors.Count > 6)
            {
                throw new JsonException($"{who} has {Minors.Count} minors; a sibling group in the demo has at most 6.");
            }
            var duplicate = Minors.GroupBy(m => m.Code).FirstOrDefault(g => g.Count() > 1);
            if (duplicate is not null)
            {
                throw new JsonException($"{who} lists minor '{duplicate.Key}' twice.");
            }
            foreach (var minor in Minors)
            {
                if (minor.BirthDate > Start)
                {
                    throw new JsonException($"{who}: minor '{minor.Code}' is born on {Format(minor.BirthDate)}, after the start {Format(Start)}.");
                }
                if (!Ages.IsMinorOn(minor.BirthDate, Start))
                {
                    throw new JsonException($"{who}: '{minor.Code}' (born {Format(minor.BirthDate)}) is no longer a minor on the start {Format(Start)}.");
                }
            }
            if (DurationMonths is < 1 or > 24)
            {
                throw new JsonException($"{who}: \"durationMonths\" must be from 1 to 24 (L. 184/1983 art. 4 c. 4), not {DurationMonths}.");
            }
            if (!double.IsFinite(Urgency) || Urgency is < 1 or > 10)
            {
                throw new JsonException($"{who}: \"urgency\" must be from 1 (ordinary) to 10, not {Urgency.ToString(CultureInfo.InvariantCulture)}.");
            }
            if (Form == PlacementForm.UnaccompaniedForeignMinor && !Minors.TrueForAll(m => m.Unaccompanied))
            {
                throw new JsonException($"{who}: the form is unaccompaniedForeignMinor, so every minor needs \"unaccompanied\": true.");
            }
        }

        public DemoRequest ToRequest()
        {
            SiblingGroupId? group = Minors.Count > 1 ? new SiblingGroupId("G-" + Id) : null;
            return new DemoRequest(
                Id,
                Title ?? Id,
                [.. Minors.Select(m => m.ToMinor(group))],
                Form,
                Arrangement,
                Start,
                DurationMonths,
                FamilyMunicipality,
                SchoolMunicipality,
                Protection,
                KinshipOnly,
                AllowInAssessment,
                Urgency);
        }

        private static string Format(LocalDate date) => LocalDatePattern.Iso.Format(date);
    }

    /// <summary>One minor of a request.</summary>
    private sealed class MinorDto
    {
        public required MinorCode Code { get; init; }

        public required LocalDate BirthDate { get; init; }

        public Sex Sex { get; init; } = Sex.Female;

        public List<LanguageCode>? Languages { get; init; }

        public string? Background { get; init; }

        public NeedProfile Needs { get; init; }

        public bool Unaccompanied { get; init; }

        public bool CapacityOfDiscernment { get; init; }

        public Minor ToMinor(SiblingGroupId? group) => new Minor
        {
            Code = Code,
            BirthDate = BirthDate,
            Sex = Sex,
            Languages = [.. Languages ?? [LanguageCode.Italian]],
            Background = string.IsNullOrWhiteSpace(Background) ? null : new BackgroundTag(Background),
            Needs = Needs,
            SiblingGroup = group,
            IsUnaccompaniedForeignMinor = Unaccompanied,
            HasCapacityOfDiscernment = CapacityOfDiscernment,
        };
    }

    private sealed class LocalDateConverter : JsonConverter<LocalDate>
    {
        public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            string? text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            var result = text is null ? null : LocalDatePattern.Iso.Parse(text);
            return result is { Success: true }
                ? result.Value
                : throw new JsonException($"expected a date written yyyy-MM-dd (e.g. \"2026-03-16\"), found {Token(ref reader)}.");
        }

        public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options)
            => writer.WriteStringValue(LocalDatePattern.Iso.Format(value));
    }

    private sealed class MunicipalityConverter(LombardyTerritory territory) : JsonConverter<Municipality>
    {
        public override Municipality Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            string? text = reader.TokenType == JsonTokenType.String ? reader.GetString()?.Trim() : null;
            if (text is null)
            {
                throw new JsonException($"expected a municipality of Lombardy, by name (\"Rozzano\") or ISTAT code (\"015189\"), found {Token(ref reader)}.");
            }
            if (territory.TryGetByCode(new IstatCode(text), out var byCode) || territory.TryGetByName(text, out byCode))
            {
                return byCode;
            }
            throw new JsonException($"'{text}' is not a municipality of Lombardy (give its Italian name, e.g. \"Rozzano\", or its six-digit ISTAT code, e.g. \"015189\").");
        }

        public override void Write(Utf8JsonWriter writer, Municipality value, JsonSerializerOptions options)
            => writer.WriteStringValue(value.Code.Value);
    }

    private sealed class NeedProfileConverter : JsonConverter<NeedProfile>
    {
        public override NeedProfile Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw new JsonException($"expected an object of need levels such as {{ \"trauma\": \"medium\" }}, found {Token(ref reader)}.");
            }
            var profile = NeedProfile.None;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
            {
                string name = reader.GetString()!;
                if (!TryParseName(name, out NeedCategory category))
                {
                    throw new JsonException($"'{name}' is not a need category; use one of {Names<NeedCategory>()}.");
                }
                reader.Read();
                string? level = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                if (level is null || !TryParseName(level, out NeedLevel parsed))
                {
                    throw new JsonException($"the level of '{name}' must be one of {Names<NeedLevel>()}, found {Token(ref reader)}.");
                }
                profile = profile.With(category, parsed);
            }
            return profile;
        }

        public override void Write(Utf8JsonWriter writer, NeedProfile value, JsonSerializerOptions options)
        {
            ArgumentNullException.ThrowIfNull(writer);
            writer.WriteStartObject();
            foreach (var category in Enum.GetValues<NeedCategory>().Where(c => value[c] != NeedLevel.None))
            {
                writer.WriteString(JsonNamingPolicy.CamelCase.ConvertName(category.ToString()), JsonNamingPolicy.CamelCase.ConvertName(value[category].ToString()));
            }
            writer.WriteEndObject();
        }
    }

    private sealed class LanguageCodeConverter : JsonConverter<LanguageCode>
    {
        public override LanguageCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            string? text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            return text is { Length: 2 } && char.IsAsciiLetterLower(text[0]) && char.IsAsciiLetterLower(text[1])
                ? new LanguageCode(text)
                : throw new JsonException($"expected a two-letter lower-case ISO 639-1 language code (\"it\", \"ar\"), found {Token(ref reader)}.");
        }

        public override void Write(Utf8JsonWriter writer, LanguageCode value, JsonSerializerOptions options)
            => writer.WriteStringValue(value.Value);
    }

    private sealed class CodeConverter<T>(Func<string, T> create, string what) : JsonConverter<T>
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            string? text = reader.TokenType == JsonTokenType.String ? reader.GetString()?.Trim() : null;
            return string.IsNullOrEmpty(text)
                ? throw new JsonException($"expected a pseudonymous {what} (a non-empty string, never a name), found {Token(ref reader)}.")
                : create(text);
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
            => writer.WriteStringValue(value?.ToString());
    }

    private sealed class NamedEnumConverter<T> : JsonConverter<T>
        where T : struct, Enum
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            string? text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            return text is not null && TryParseName(text, out T value)
                ? value
                : throw new JsonException($"expected one of {Names<T>()}, found {Token(ref reader)}.");
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
            => writer.WriteStringValue(JsonNamingPolicy.CamelCase.ConvertName(value.ToString()));
    }

    private static bool TryParseName<T>(string text, out T value)
        where T : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(candidate.ToString(), text, StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }
        value = default;
        return false;
    }

    private static string Names<T>()
        where T : struct, Enum
        => string.Join(", ", Enum.GetValues<T>().Select(v => "\"" + JsonNamingPolicy.CamelCase.ConvertName(v.ToString()) + "\""));

    private static string Token(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => "\"" + reader.GetString() + "\"",
        JsonTokenType.Number => "the number " + Encoding.UTF8.GetString(reader.ValueSpan),
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        JsonTokenType.Null => "null",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        _ => reader.TokenType.ToString(),
    };
}
