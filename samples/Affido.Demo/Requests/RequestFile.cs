using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Affido.Domain;
using Affido.Matching;
using Affido.Serialization.SystemTextJson;
using Affido.TestSupport;
using NodaTime;
using NodaTime.Text;

namespace Affido.Demo;

/// <summary>
/// Reads the demo's JSON requests file (format in README.md; example in <c>samples/Affido.Demo/requests.json</c>,
/// which is also the embedded default). Each request is the library's <see cref="MatchRequest"/> JSON, read through
/// Affido.Serialization.SystemTextJson (municipalities by ISTAT code in the Lombardy territory), with the demo's
/// title and urgency around it. Any problem becomes a <see cref="RequestFileException"/> whose one-line message
/// names the line, the JSON path and the problem.
/// </summary>
/// <remarks>
/// Comments and trailing commas are allowed; everything else is the library's strict reading (unknown properties,
/// missing members, nulls, wrong types and invalid UTF-8 are errors). The demo then checks what its sections need:
/// dates in <see cref="SupportedDates"/>, minors still minors on the start, a duration of 1 to 24 whole months, an
/// urgency from 1 to 10, no control character in a text it prints, at most <see cref="MaxRequestsPerList"/> requests
/// a list and a file of at most <see cref="MaxFileBytes"/> bytes. A value shown in a message is cut and escaped.
/// </remarks>
public static class RequestFile
{
    /// <summary>The name of the embedded default requests file.</summary>
    public const string EmbeddedName = "requests.json";

    /// <summary>The largest file the demo reads: 4 MiB, far more than 100 requests need.</summary>
    public const int MaxFileBytes = 4 * 1024 * 1024;

    /// <summary>The most requests in one list: each is ranked or planned on a registry of thousands of carers.</summary>
    public const int MaxRequestsPerList = 100;

    /// <summary>The most minors in one request (a sibling group).</summary>
    public const int MaxMinors = 6;

    private const int MaxShown = 60;

    private static readonly ConditionalWeakTable<LombardyTerritory, JsonSerializerOptions> OptionsByTerritory = [];

    /// <summary>Reads the requests from <paramref name="path"/>.</summary>
    /// <param name="path">The file.</param>
    /// <param name="territory">The territory that ISTAT codes refer to.</param>
    /// <returns>The requests.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="RequestFileException">The file cannot be read, is too large or is malformed.</exception>
    public static DemoRequestSet Load(string path, LombardyTerritory territory)
    {
        ArgumentNullException.ThrowIfNull(path);
        byte[] bytes;
        try
        {
            long length = new FileInfo(path).Length;
            if (length > MaxFileBytes)
            {
                throw new RequestFileException(Printable($"{path}: the file has {length.ToString("N0", CultureInfo.InvariantCulture)} bytes; the demo reads at most {MaxFileBytes.ToString("N0", CultureInfo.InvariantCulture)} ({MaxRequestsPerList} requests a list)."), null, null);
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new RequestFileException(Printable($"{path}: cannot be read ({ex.Message})"), null, ex);
        }

        return Parse(bytes, territory, path);
    }

    /// <summary>Reads the built-in requests embedded in the demo (the same text as <c>samples/Affido.Demo/requests.json</c>).</summary>
    /// <param name="territory">The territory.</param>
    /// <returns>The requests.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="territory"/> is null.</exception>
    public static DemoRequestSet LoadEmbedded(LombardyTerritory territory)
    {
        using var stream = typeof(RequestFile).Assembly.GetManifestResourceStream("Affido.Demo." + EmbeddedName)
            ?? throw new InvalidOperationException($"{EmbeddedName} is not embedded in the demo.");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return Parse(memory.ToArray(), territory, EmbeddedName);
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
        return Parse(Encoding.UTF8.GetBytes(json), territory, source);
    }

    /// <summary>Parses requests from UTF-8 JSON (a byte-order mark is allowed; invalid UTF-8 is an error).</summary>
    /// <param name="utf8Json">The JSON text.</param>
    /// <param name="territory">The territory.</param>
    /// <param name="source">The file name used in messages.</param>
    /// <returns>The requests.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="RequestFileException">The text is malformed.</exception>
    public static DemoRequestSet Parse(ReadOnlySpan<byte> utf8Json, LombardyTerritory territory, string source = "requests")
    {
        ArgumentNullException.ThrowIfNull(territory);
        ArgumentNullException.ThrowIfNull(source);
        if (utf8Json.StartsWith(Encoding.UTF8.Preamble))
        {
            utf8Json = utf8Json[Encoding.UTF8.Preamble.Length..];
        }

        FileDto? file;
        try
        {
            file = JsonSerializer.Deserialize<FileDto>(utf8Json, OptionsByTerritory.GetValue(territory, CreateOptions));
        }
        catch (JsonException ex)
        {
            long line = (AffidoJsonErrors.LineNumberOf(ex) ?? 0) + 1;
            string where = AffidoJsonErrors.PathOf(ex) is { Length: > 0 } path && path != "$" ? $" at {path}" : string.Empty;
            throw new RequestFileException(Printable($"{source}: line {line}{where}: {AffidoJsonErrors.DescriptionOf(ex)}"), line, ex);
        }

        if (file is null)
        {
            throw new RequestFileException(Printable($"{source}: line 1: the file holds 'null'; expected an object with a \"requests\" array."), 1, null);
        }

        var requests = Check(file.Requests, "requests", source);
        var waiting = Check(file.WaitingList, "waitingList", source);
        if (requests.IsEmpty && waiting.IsEmpty)
        {
            throw new RequestFileException(Printable($"{source}: no requests: put at least one request in \"requests\" or \"waitingList\"."), null, null);
        }

        return new DemoRequestSet(requests, waiting);
    }

    private static JsonSerializerOptions CreateOptions(LombardyTerritory territory)
    {
        var options = new JsonSerializerOptions
        {
            ReadCommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            RespectRequiredConstructorParameters = true,
            MaxDepth = 16,
            Converters = { new ValueArrayConverter<EntryDto>() },
        };
        options.ConfigureForAffido(new AffidoJsonSettings { Territory = new Territory(territory.Municipalities, territory.SocialDistricts) });
        options.MakeReadOnly();
        return options;
    }

    /// <summary>The demo's own checks of one list, each failure naming the request's path.</summary>
    private static ValueArray<DemoRequest> Check(ValueArray<EntryDto> entries, string list, string source)
    {
        if (entries.Count > MaxRequestsPerList)
        {
            throw new RequestFileException(Printable($"{source}: \"{list}\" holds {entries.Count.ToString("N0", CultureInfo.InvariantCulture)} requests; the demo runs at most {MaxRequestsPerList} a list."), null, null);
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<DemoRequest>(entries.Count);
        for (int i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            string at = $"$.{list}[{i.ToString(CultureInfo.InvariantCulture)}]";
            var request = entry.Request;
            string who = $"request {Show(request.Id)}";
            void Fail(string path, string problem) => throw new RequestFileException(Printable($"{source}: at {at}{path}: {who}: {problem}"), null, null);

            if (string.IsNullOrWhiteSpace(request.Id))
            {
                Fail(".request.id", "the id is empty.");
            }

            CheckText(request.Id, ".request.id", Fail);
            if (entry.Title is { } title)
            {
                CheckText(title, ".title", Fail);
            }

            if (!ids.Add(request.Id))
            {
                throw new RequestFileException(Printable($"{source}: request id {Show(request.Id)} is used twice in the same list."), null, null);
            }

            if (!double.IsFinite(entry.Urgency) || entry.Urgency is < 1 or > 10)
            {
                Fail(".urgency", $"\"urgency\" must be from 1 (ordinary) to 10, not {entry.Urgency.ToString(CultureInfo.InvariantCulture)}.");
            }

            CheckRequest(request, Fail);
            result.Add(new DemoRequest(request, entry.Title ?? request.Id, entry.Urgency));
        }

        return [.. result];
    }

    private static void CheckRequest(MatchRequest request, Action<string, string> fail)
    {
        if (!SupportedDates.Contains(request.ExpectedStart))
        {
            fail(".request.expectedStart", $"the start {Format(request.ExpectedStart)} is outside the dates the library supports ({Format(SupportedDates.Earliest)} to {Format(SupportedDates.Latest)}).");
        }

        var duration = request.ExpectedDuration;
        int months = duration.HasTimeComponent || duration.Weeks != 0 || duration.Days != 0 || Math.Abs((long)duration.Years) > 2 ? -1 : (duration.Years * 12) + duration.Months;
        if (months is < 1 or > 24)
        {
            fail(".request.expectedDuration", $"\"expectedDuration\" must be whole months from P1M to P24M (L. 184/1983 art. 4 c. 4), not {Show(PeriodPattern.Roundtrip.Format(duration))}.");
        }

        if (SupportedDates.TryAdd(request.ExpectedStart, duration) is null)
        {
            fail(".request.expectedDuration", "the expected end is outside the dates the library supports.");
        }

        if (request.Minors.IsEmpty)
        {
            fail(".request.minors", "there are no minors: \"minors\" needs at least one.");
        }

        if (request.Minors.Count > MaxMinors)
        {
            fail(".request.minors", $"there are {request.Minors.Count} minors; a sibling group in the demo has at most {MaxMinors}.");
        }

        var codes = new HashSet<MinorCode>();
        for (int m = 0; m < request.Minors.Count; m++)
        {
            var minor = request.Minors[m];
            string at = $".request.minors[{m.ToString(CultureInfo.InvariantCulture)}]";
            if (minor.Code.IsEmpty)
            {
                fail(at + ".code", "a minor's code is empty.");
            }

            CheckText(minor.Code.Value, at + ".code", fail);
            if (!codes.Add(minor.Code))
            {
                fail(at + ".code", $"minor {Show(minor.Code.Value)} is listed twice.");
            }

            if (!SupportedDates.Contains(minor.BirthDate))
            {
                fail(at + ".birthDate", $"the birth date {Format(minor.BirthDate)} is outside the dates the library supports ({Format(SupportedDates.Earliest)} to {Format(SupportedDates.Latest)}).");
            }

            if (minor.BirthDate > request.ExpectedStart)
            {
                fail(at + ".birthDate", $"minor {Show(minor.Code.Value)} is born on {Format(minor.BirthDate)}, after the start {Format(request.ExpectedStart)}.");
            }

            if (!Ages.IsMinorOn(minor.BirthDate, request.ExpectedStart))
            {
                fail(at + ".birthDate", $"{Show(minor.Code.Value)} (born {Format(minor.BirthDate)}) is no longer a minor on the start {Format(request.ExpectedStart)}.");
            }

            foreach (string? text in minor.Languages.Select(l => l.Value).Append(minor.Background?.Value).Append(minor.SiblingGroup?.Value))
            {
                CheckText(text, at, fail);
            }

            if (request.Form == PlacementForm.UnaccompaniedForeignMinor && !minor.IsUnaccompaniedForeignMinor)
            {
                fail(at + ".isUnaccompaniedForeignMinor", "the form is unaccompaniedForeignMinor, so every minor needs \"isUnaccompaniedForeignMinor\": true.");
            }
        }

        foreach (string? text in request.Languages.GetValueOrDefault().Select(l => l.Value).Concat(request.Backgrounds.GetValueOrDefault().Select(b => b.Value)).Concat(request.ConflictingPersons.Select(p => p.Value)).Append(request.SiblingContraindication?.Reason))
        {
            CheckText(text, ".request", fail);
        }
    }

    /// <summary>A text the demo prints must not carry control or format characters (terminal escapes, bidi overrides).</summary>
    private static void CheckText(string? text, string path, Action<string, string> fail)
    {
        if (text is not null && text.Any(IsInvisible))
        {
            fail(path, $"the text {Show(text)} holds a control or format character; the demo prints it and refuses them.");
        }
    }

    private static bool IsInvisible(char c) => char.IsControl(c)
        || char.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned
        || c == '\uFFFD';

    /// <summary>A value as a message shows it: quoted, cut to 60 characters, invisible characters escaped.</summary>
    private static string Show(string? text) => text is null ? "null" : "'" + (text.Length > MaxShown ? text[..MaxShown] + "…" : text) + "'";

    /// <summary>The message on one line, with no character that could act on a terminal.</summary>
    private static string Printable(string message)
    {
        var builder = new StringBuilder(message.Length);
        foreach (char c in message)
        {
            builder.Append(IsInvisible(c) ? "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture) : c);
        }

        return builder.ToString();
    }

    private static string Format(LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>The file: <c>{ "requests": [...], "waitingList": [...] }</c>.</summary>
    private sealed class FileDto
    {
        public ValueArray<EntryDto> Requests { get; init; }

        public ValueArray<EntryDto> WaitingList { get; init; }
    }

    /// <summary>One entry: the library's request and the demo's extras.</summary>
    private sealed class EntryDto
    {
        public string? Title { get; init; }

        public double Urgency { get; init; } = 1.0;

        public required MatchRequest Request { get; init; }
    }
}
