namespace Affido.Serialization.SystemTextJson;

/// <summary>
/// What <see cref="AffidoJsonExtensions.ConfigureForAffido(System.Text.Json.JsonSerializerOptions, AffidoJsonSettings)"/>
/// can be told, in the manner of NodaTime's <c>NodaJsonSettings</c>.
/// </summary>
public sealed record AffidoJsonSettings
{
    /// <summary>No territory: municipalities are written in full, as objects.</summary>
    public static AffidoJsonSettings Default { get; } = new();

    /// <summary>
    /// The catalogue municipalities are looked up in. When set, a <see cref="Municipality"/> is written as its ISTAT
    /// code (<c>"015189"</c>) and read back from the catalogue (an unknown code is a <c>JsonException</c>); when
    /// <see langword="null"/> (the default), it is written and read as an object with its code, name, province,
    /// district and location.
    /// </summary>
    public Territory? Territory { get; init; }
}
