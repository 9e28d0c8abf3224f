using Affido.Domain;

namespace Affido.TestSupport.Matching;

/// <summary>
/// A deterministic synthetic territory: regions, provinces, social districts and municipalities, most with
/// coordinates (about one in ten without, so both proximity branches are exercised).
/// </summary>
public sealed class SyntheticTerritory
{
    private SyntheticTerritory(IReadOnlyList<Municipality> municipalities) => Municipalities = municipalities;

    /// <summary>Every municipality.</summary>
    public IReadOnlyList<Municipality> Municipalities { get; }

    /// <summary>A small territory for property tests: 2 regions, 3 provinces, 6 districts, 24 municipalities.</summary>
    public static SyntheticTerritory Small { get; } = Create(seed: 7, provinces: 3, districtsPerProvince: 2, municipalitiesPerDistrict: 4);

    /// <summary>A territory the size of a large region: 12 provinces, 96 districts, 1,536 municipalities.</summary>
    public static SyntheticTerritory Large { get; } = Create(seed: 11, provinces: 12, districtsPerProvince: 8, municipalitiesPerDistrict: 16);

    /// <summary>Builds a territory; the last province lies in a second region.</summary>
    /// <param name="seed">Random seed.</param>
    /// <param name="provinces">Number of provinces (≥ 2).</param>
    /// <param name="districtsPerProvince">Districts per province.</param>
    /// <param name="municipalitiesPerDistrict">Municipalities per district.</param>
    /// <returns>The territory.</returns>
    public static SyntheticTerritory Create(int seed, int provinces, int districtsPerProvince, int municipalitiesPerDistrict)
    {
        var random = new Random(seed);
        var piemonte = new Region("01", "Piemonte");
        var list = new List<Municipality>();
        for (int p = 0; p < provinces; p++)
        {
            var region = p == provinces - 1 ? piemonte : Region.Lombardy;
            string provinceCode = (12 + p).ToString("000", System.Globalization.CultureInfo.InvariantCulture);
            var province = new Province(provinceCode, "P" + (char)('A' + p), "Provincia " + p, region);
            double centreLat = 45.0 + (random.NextDouble() * 1.5);
            double centreLon = 8.5 + (random.NextDouble() * 2.5);
            for (int d = 0; d < districtsPerProvince; d++)
            {
                var district = new DistrictCode($"D{p:00}{d:00}");
                for (int m = 0; m < municipalitiesPerDistrict; m++)
                {
                    int serial = (d * municipalitiesPerDistrict) + m + 1;
                    var code = new IstatCode(provinceCode + serial.ToString("000", System.Globalization.CultureInfo.InvariantCulture));
                    GeoPoint? location = random.Next(10) == 0 ? null
                        : new GeoPoint(centreLat + ((random.NextDouble() - 0.5) * 0.6), centreLon + ((random.NextDouble() - 0.5) * 0.6));
                    list.Add(new Municipality(code, "Comune " + code.Value, province, district, location));
                }
            }
        }

        return new SyntheticTerritory(list);
    }
}
