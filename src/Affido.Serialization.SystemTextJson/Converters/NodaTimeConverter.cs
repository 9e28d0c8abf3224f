using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime.Serialization.SystemTextJson;

namespace Affido.Serialization.SystemTextJson;

/// <summary>
/// A NodaTime.Serialization.SystemTextJson converter (<see cref="NodaConverters"/>) whose reading errors name the
/// JSON path and the expected format, and never echo a long or invisible value whole.
/// </summary>
/// <typeparam name="T">The NodaTime type.</typeparam>
internal abstract class NodaTimeConverter<T> : JsonConverter<T>
{
    private readonly JsonConverter<T> inner;
    private readonly string expected;

    protected NodaTimeConverter(JsonConverter<T> inner, string expected)
    {
        this.inner = inner;
        this.expected = expected;
    }

    public sealed override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new AffidoJsonException($"Expected {expected}, found {JsonText.Token(ref reader)}.");
        }

        JsonRead.String(ref reader, expected);
        try
        {
            return inner.Read(ref reader, typeToConvert, options)!;
        }
        catch (Exception ex) when (ex is JsonException or FormatException or ArgumentException or InvalidOperationException or NodaTime.Utility.InvalidNodaDataException)
        {
            throw new AffidoJsonException($"Expected {expected}, found {JsonText.Token(ref reader)}.", string.Empty, ex);
        }
    }

    public sealed override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => inner.Write(writer, value, options);
}

/// <summary>A <see cref="NodaTime.LocalDate"/> as ISO <c>"2026-03-16"</c> (<see cref="NodaConverters.LocalDateConverter"/>).</summary>
internal sealed class LocalDateConverter() : NodaTimeConverter<NodaTime.LocalDate>(NodaConverters.LocalDateConverter, "a date written yyyy-MM-dd (e.g. \"2026-03-16\")");

/// <summary>A <see cref="NodaTime.Period"/> as ISO <c>"P24M"</c>, units kept as given (<see cref="NodaConverters.RoundtripPeriodConverter"/>).</summary>
internal sealed class PeriodConverter() : NodaTimeConverter<NodaTime.Period>(NodaConverters.RoundtripPeriodConverter, "an ISO 8601 period (e.g. \"P24M\", \"P1Y6M\", \"P2W\")");

/// <summary>An <see cref="NodaTime.Instant"/> as ISO UTC <c>"2026-03-16T09:30:00Z"</c> (<see cref="NodaConverters.InstantConverter"/>).</summary>
internal sealed class InstantConverter() : NodaTimeConverter<NodaTime.Instant>(NodaConverters.InstantConverter, "an instant in ISO 8601 UTC (e.g. \"2026-03-16T09:30:00Z\")");

/// <summary>A <see cref="NodaTime.YearMonth"/> as ISO <c>"2026-03"</c> (<see cref="NodaConverters.YearMonthConverter"/>).</summary>
internal sealed class YearMonthConverter() : NodaTimeConverter<NodaTime.YearMonth>(NodaConverters.YearMonthConverter, "a month written yyyy-MM (e.g. \"2026-03\")");
