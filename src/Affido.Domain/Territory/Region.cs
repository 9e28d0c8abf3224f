namespace Affido.Domain;

/// <summary>An Italian region (regione), e.g. 03 Lombardia.</summary>
/// <param name="Code">The two-digit ISTAT region code ("03" for Lombardy).</param>
/// <param name="Name">The region's name.</param>
public sealed record Region(string Code, string Name)
{
    /// <summary>Lombardy, ISTAT region 03: the region of the reference data and of the Provincia di Milano network.</summary>
    public static Region Lombardy { get; } = new("03", "Lombardia");
}
