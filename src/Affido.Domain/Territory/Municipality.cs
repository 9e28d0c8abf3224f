namespace Affido.Domain;

/// <summary>A municipality (comune), identified by its ISTAT code, with the territory it belongs to.</summary>
/// <remarks>
/// Proximity in matching compares, from the closest, the municipality, the social district, the province and the
/// region; kilometres are used instead when both sides have a <see cref="Location"/>.
/// </remarks>
/// <param name="Code">The six-digit ISTAT code (e.g. 015189).</param>
/// <param name="Name">The name (e.g. Rozzano).</param>
/// <param name="Province">The province, whose code must be the first three digits of <paramref name="Code"/>.</param>
/// <param name="District">The social district (ambito territoriale sociale) it belongs to, when known.</param>
/// <param name="Location">Its coordinates (e.g. the town hall), when known.</param>
public sealed record Municipality(IstatCode Code, string Name, Province Province, DistrictCode? District = null, GeoPoint? Location = null)
{
    /// <summary>The name and the ISTAT code, e.g. "Rozzano (015189)".</summary>
    public override string ToString() => $"{Name} ({Code})";
}
