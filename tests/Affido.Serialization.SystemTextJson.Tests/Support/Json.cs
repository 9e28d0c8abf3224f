using System.Text.Json;
using Affido.Serialization.SystemTextJson;

namespace Affido.Serialization.SystemTextJson.Tests;

/// <summary>The options the tests read and write with: the integrator's way (<c>ConfigureForAffido</c>), real System.Text.Json.</summary>
internal static class Json
{
    /// <summary>The territory of the generated data: every municipality <see cref="DomainGenerators"/> produces.</summary>
    public static Territory SampleTerritory { get; } = new(DomainGenerators.SampleMunicipalities, [DomainGenerators.VisconteoSudMilano, DomainGenerators.CiniselloBalsamo]);

    /// <summary>Options configured without a territory (municipalities as objects).</summary>
    public static JsonSerializerOptions Options { get; } = Configure(new JsonSerializerOptions());

    /// <summary>Options configured with <see cref="SampleTerritory"/> (municipalities by ISTAT code).</summary>
    public static JsonSerializerOptions WithTerritory { get; } = Configure(new JsonSerializerOptions(), SampleTerritory);

    /// <summary>Indented options with the territory, as the golden files are written (LF line ends).</summary>
    public static JsonSerializerOptions Indented { get; } = Configure(new JsonSerializerOptions { WriteIndented = true, NewLine = "\n" }, SampleTerritory);

    /// <summary><paramref name="options"/> configured for Affido, and made read-only.</summary>
    public static JsonSerializerOptions Configure(JsonSerializerOptions options, Territory? territory = null)
    {
        options.ConfigureForAffido(new AffidoJsonSettings { Territory = territory });
        options.MakeReadOnly();
        return options;
    }

    /// <summary>Reads <paramref name="json"/> as <typeparamref name="T"/> with <see cref="Options"/> (or <paramref name="options"/>).</summary>
    public static T Read<T>(string json, JsonSerializerOptions? options = null) => JsonSerializer.Deserialize<T>(json, options ?? Options)!;

    /// <summary>Writes <paramref name="value"/> with <see cref="Options"/> (or <paramref name="options"/>).</summary>
    public static string Write<T>(T value, JsonSerializerOptions? options = null) => JsonSerializer.Serialize(value, options ?? Options);

    /// <summary>The <see cref="JsonException"/> reading <paramref name="json"/> as <typeparamref name="T"/> throws.</summary>
    public static JsonException ReadFails<T>(string json, JsonSerializerOptions? options = null)
        => Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<T>(json, options ?? Options));
}
