using System.Globalization;

namespace Affido.Matching;

/// <summary>
/// What <see cref="CarerIndex.Build"/> needs of each carer beyond its code: the members it reads, present, and
/// coordinates it can measure. A carer that breaks this is an <see cref="ArgumentException"/> naming the carer's code
/// and the member, never a <see cref="NullReferenceException"/> or a NaN score later.
/// </summary>
internal static class CarerChecks
{
    /// <exception cref="ArgumentException">A member the index reads is null, or the coordinates are not finite degrees in range.</exception>
    public static void Readable(FosterCarer carer, int position, string parameterName)
    {
        var place = carer.Municipality;
        Require(carer, position, parameterName, place, "Municipality");
        Require(carer, position, parameterName, place.Province, "Municipality.Province");
        Require(carer, position, parameterName, place.Province.Region, "Municipality.Province.Region");
        if (place.Location is { } point && !(IsLatitude(point.Latitude) && IsLongitude(point.Longitude)))
        {
            throw new ArgumentException(
                Describe(carer, position) + " has coordinates (Municipality.Location) that are not degrees of latitude in [-90, 90] and longitude in [-180, 180].",
                parameterName);
        }

        Require(carer, position, parameterName, carer.Household, "Household");
        Require(carer, position, parameterName, carer.Availability, "Availability");
        Require(carer, position, parameterName, carer.Availability.Ages, "Availability.Ages");
        Require(carer, position, parameterName, carer.Experience, "Experience");
        var relatives = carer.Relatives.AsSpan();
        for (int r = 0; r < relatives.Length; r++)
        {
            if (relatives[r] is null)
            {
                Require(carer, position, parameterName, null, string.Create(CultureInfo.InvariantCulture, $"Relatives[{r}]"));
            }
        }
    }

    /// <summary>Degrees of latitude in [-90, 90] (NaN is not).</summary>
    public static bool IsLatitude(double degrees) => degrees is >= -90.0 and <= 90.0;

    /// <summary>Degrees of longitude in [-180, 180] (NaN is not).</summary>
    public static bool IsLongitude(double degrees) => degrees is >= -180.0 and <= 180.0;

    private static void Require(FosterCarer carer, int position, string parameterName, object? member, string path)
    {
        if (member is null)
        {
            throw new ArgumentException(Describe(carer, position) + " has no " + path + ".", parameterName);
        }
    }

    private static string Describe(FosterCarer carer, int position)
        => string.Create(CultureInfo.InvariantCulture, $"The carer '{carer.Code.Value}' (position {position} of the registry)");
}
