namespace Affido.Domain;

/// <summary>A point on the Earth in WGS 84 degrees, used when both sides of a match have coordinates.</summary>
/// <remarks>Latitude lies in [-90, 90] and longitude in [-180, 180]; the validators check the ranges.</remarks>
/// <param name="Latitude">Degrees north (negative: south).</param>
/// <param name="Longitude">Degrees east (negative: west).</param>
public readonly record struct GeoPoint(double Latitude, double Longitude)
{
    /// <summary>The mean Earth radius in kilometres used by <see cref="DistanceKmTo"/>.</summary>
    public const double EarthRadiusKm = 6371.0088;

    /// <summary>The great-circle (haversine) distance to <paramref name="other"/> in kilometres.</summary>
    /// <remarks>
    /// For points that pass <see cref="GeoPointValidator"/>; a NaN or infinite coordinate gives NaN, so validate input
    /// (a NaN latitude is <see cref="ValidationCodes.LatitudeOutOfRange"/>) before comparing distances.
    /// </remarks>
    /// <param name="other">The other point.</param>
    public double DistanceKmTo(GeoPoint other)
    {
        const double toRadians = Math.PI / 180.0;
        double dLat = (other.Latitude - Latitude) * toRadians;
        double dLon = (other.Longitude - Longitude) * toRadians;
        double a = Math.Sin(dLat / 2) * Math.Sin(dLat / 2)
                   + Math.Cos(Latitude * toRadians) * Math.Cos(other.Latitude * toRadians) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1.0, Math.Sqrt(a)));
    }
}
