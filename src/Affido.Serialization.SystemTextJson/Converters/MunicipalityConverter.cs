using System.Text.Json;
using System.Text.Json.Serialization;

namespace Affido.Serialization.SystemTextJson;

/// <summary>
/// A <see cref="Municipality"/> as its ISTAT code, <c>"015189"</c>, read back from a <see cref="Territory"/>: used
/// when <see cref="AffidoJsonSettings.Territory"/> is set.
/// </summary>
/// <remarks>
/// The territory is the source of truth for names, provinces, districts and coordinates: only the code is written,
/// and a code the territory does not hold is a <see cref="JsonException"/> ("unknown municipality"), as is anything
/// but a string. Without a territory, municipalities are written in full as objects (see the package README).
/// </remarks>
public sealed class MunicipalityConverter : JsonConverter<Municipality>
{
    private readonly Territory territory;

    /// <summary>A converter resolving codes in <paramref name="territory"/>.</summary>
    /// <param name="territory">The catalogue of municipalities.</param>
    /// <exception cref="ArgumentNullException"><paramref name="territory"/> is null.</exception>
    public MunicipalityConverter(Territory territory)
    {
        ArgumentNullException.ThrowIfNull(territory);
        this.territory = territory;
    }

    /// <inheritdoc />
    public override Municipality Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string code = JsonRead.String(ref reader, "a municipality's six-digit ISTAT code (a string such as \"015189\")");
        return territory.TryGetMunicipality(new IstatCode(code), out var municipality)
            ? municipality
            : throw new AffidoJsonException($"Unknown municipality: no ISTAT code {JsonText.Quote(code)} in the territory.");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Municipality value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStringValue(value.Code.Value ?? string.Empty);
    }
}
