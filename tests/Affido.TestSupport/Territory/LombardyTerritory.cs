using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;
using Affido.Domain;

namespace Affido.TestSupport;

/// <summary>
/// The real territory of Lombardy for tests, the demo and the benchmarks: its 1,506 municipalities (ISTAT list as of
/// 2020-01-01, 2011 census population), its 12 provinces and the social districts (ambiti territoriali sociali) of
/// the Milan-area foster-care network and of Sondrio, loaded from CSV files embedded in this assembly.
/// </summary>
/// <remarks>
/// The shipped packages never read these files: they take territory from the caller, as an integrator would from its
/// own registry. A municipality that belongs to one of the listed districts carries that district's
/// <see cref="DistrictCode"/>; only Visconteo Sud Milano and Cinisello Balsamo list all their members, the other
/// districts only their reference municipality. The instance is immutable and safe to share between threads.
/// </remarks>
public sealed class LombardyTerritory
{
    private const string MunicipalitiesResource = "Affido.TestSupport.Territory.lombardy-municipalities.csv";
    private const string DistrictsResource = "Affido.TestSupport.Territory.social-districts.csv";

    private static readonly Lazy<LombardyTerritory> Loaded = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FrozenDictionary<string, int> indexByCode;
    private readonly FrozenDictionary<string, int> indexByName;
    private readonly FrozenDictionary<DistrictCode, SocialDistrict> districtsByCode;
    private readonly int[] populations;

    private LombardyTerritory(
        IReadOnlyList<Municipality> municipalities,
        int[] populations,
        IReadOnlyList<Province> provinces,
        IReadOnlyList<SocialDistrict> districts)
    {
        Municipalities = municipalities;
        this.populations = populations;
        Provinces = provinces;
        SocialDistricts = districts;
        indexByCode = municipalities.Select((m, i) => (m.Code.Value, i)).ToFrozenDictionary(p => p.Value, p => p.i, StringComparer.Ordinal);
        indexByName = municipalities.Select((m, i) => (m.Name, i)).ToFrozenDictionary(p => p.Name, p => p.i, StringComparer.OrdinalIgnoreCase);
        districtsByCode = districts.ToFrozenDictionary(d => d.Code);
    }

    /// <summary>The territory, loaded once on first use.</summary>
    public static LombardyTerritory Instance => Loaded.Value;

    /// <summary>The municipalities, in ISTAT code order.</summary>
    public IReadOnlyList<Municipality> Municipalities { get; }

    /// <summary>The 12 provinces of Lombardy, in ISTAT code order, all in <see cref="Region.Lombardy"/>.</summary>
    public IReadOnlyList<Province> Provinces { get; }

    /// <summary>The social districts listed in the reference data, in file order (Visconteo Sud Milano first).</summary>
    public IReadOnlyList<SocialDistrict> SocialDistricts { get; }

    /// <summary>The total 2011 census population of the municipalities.</summary>
    public long TotalPopulation => populations.Sum(p => (long)p);

    /// <summary>The 2011 census population of the municipality at <paramref name="index"/> in <see cref="Municipalities"/>.</summary>
    /// <param name="index">A position in <see cref="Municipalities"/>.</param>
    /// <returns>The resident population.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is outside the list.</exception>
    public int PopulationAt(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, populations.Length);
        return populations[index];
    }

    /// <summary>The 2011 census population of a municipality.</summary>
    /// <param name="code">Its ISTAT code.</param>
    /// <returns>The resident population.</returns>
    /// <exception cref="KeyNotFoundException">No Lombard municipality has that code.</exception>
    public int PopulationOf(IstatCode code) => populations[IndexOf(code)];

    /// <summary>The municipality with ISTAT code <paramref name="code"/>.</summary>
    /// <param name="code">A six-digit ISTAT code, e.g. <c>015189</c> (Rozzano).</param>
    /// <returns>The municipality.</returns>
    /// <exception cref="KeyNotFoundException">No Lombard municipality has that code.</exception>
    public Municipality ByCode(IstatCode code) => Municipalities[IndexOf(code)];

    /// <summary>The municipality called <paramref name="name"/> (case-insensitive, accents as ISTAT writes them: "Cantù").</summary>
    /// <param name="name">The Italian name.</param>
    /// <returns>The municipality.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No Lombard municipality has that name.</exception>
    public Municipality ByName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return TryGetByName(name, out var municipality)
            ? municipality
            : throw new KeyNotFoundException($"No municipality of Lombardy is called '{name}'.");
    }

    /// <summary>Looks a municipality up by ISTAT code.</summary>
    /// <param name="code">The ISTAT code.</param>
    /// <param name="municipality">The municipality, when found.</param>
    /// <returns>Whether it was found.</returns>
    public bool TryGetByCode(IstatCode code, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out Municipality municipality)
    {
        if (code.Value is not null && indexByCode.TryGetValue(code.Value, out int index))
        {
            municipality = Municipalities[index];
            return true;
        }
        municipality = null;
        return false;
    }

    /// <summary>Looks a municipality up by name (case-insensitive).</summary>
    /// <param name="name">The Italian name.</param>
    /// <param name="municipality">The municipality, when found.</param>
    /// <returns>Whether it was found.</returns>
    public bool TryGetByName(string? name, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out Municipality municipality)
    {
        if (name is not null && indexByName.TryGetValue(name.Trim(), out int index))
        {
            municipality = Municipalities[index];
            return true;
        }
        municipality = null;
        return false;
    }

    /// <summary>The social district with code <paramref name="code"/>.</summary>
    /// <param name="code">A district code such as <c>visconteo-sud-milano</c>.</param>
    /// <returns>The district.</returns>
    /// <exception cref="KeyNotFoundException">No district has that code.</exception>
    public SocialDistrict District(DistrictCode code) => districtsByCode[code];

    /// <summary>The social district a municipality belongs to, if it belongs to one of the listed districts.</summary>
    /// <param name="municipality">The municipality.</param>
    /// <returns>The district, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="municipality"/> is null.</exception>
    public SocialDistrict? DistrictOf(Municipality municipality)
    {
        ArgumentNullException.ThrowIfNull(municipality);
        return municipality.District is { } code && districtsByCode.TryGetValue(code, out var district) ? district : null;
    }

    /// <summary>The code a district gets from its name: the name without "Ambito (Distrettuale) (di)", lower-case, hyphenated.</summary>
    /// <param name="districtName">The district's name as the reference data writes it.</param>
    /// <returns>The code, e.g. <c>visconteo-sud-milano</c> for "Ambito Distrettuale Visconteo Sud Milano".</returns>
    public static DistrictCode CodeForDistrictName(string districtName)
    {
        ArgumentNullException.ThrowIfNull(districtName);
        string name = districtName.Trim();
        foreach (string prefix in new[] { "Ambito Distrettuale ", "Ambito di ", "Ambito " })
        {
            if (name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                name = name[prefix.Length..];
                break;
            }
        }
        var slug = new System.Text.StringBuilder(name.Length);
        foreach (char c in name.ToLowerInvariant())
        {
            slug.Append(char.IsAsciiLetterOrDigit(c) ? c : '-');
        }
        return new DistrictCode(slug.ToString());
    }

    private int IndexOf(IstatCode code)
        => code.Value is not null && indexByCode.TryGetValue(code.Value, out int index)
            ? index
            : throw new KeyNotFoundException($"No municipality of Lombardy has ISTAT code '{code}'.");

    private static LombardyTerritory Load()
    {
        var districtRows = ReadCsv(DistrictsResource).ToList();
        var districts = new List<SocialDistrict>(districtRows.Count);
        var districtOfMember = new Dictionary<string, DistrictCode>(StringComparer.Ordinal);
        foreach (var (line, fields) in districtRows)
        {
            Expect(fields, 4, DistrictsResource, line);
            var code = CodeForDistrictName(fields[0]);
            var members = fields[2].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(m => new IstatCode(m)).ToArray();
            districts.Add(new SocialDistrict(code, fields[0], new IstatCode(fields[1]), [.. members]));
            foreach (var member in members)
            {
                if (!districtOfMember.TryAdd(member.Value, code))
                {
                    throw new InvalidDataException($"{DistrictsResource} line {line}: municipality {member} is already in district {districtOfMember[member.Value]}.");
                }
            }
        }

        var provinces = new Dictionary<string, Province>(StringComparer.Ordinal);
        var municipalities = new List<Municipality>(1506);
        var populations = new List<int>(1506);
        foreach (var (line, fields) in ReadCsv(MunicipalitiesResource))
        {
            Expect(fields, 5, MunicipalitiesResource, line);
            var code = new IstatCode(fields[0]);
            if (!code.IsWellFormed)
            {
                throw new InvalidDataException($"{MunicipalitiesResource} line {line}: '{fields[0]}' is not a six-digit ISTAT code.");
            }
            if (!provinces.TryGetValue(code.ProvinceCode, out var province))
            {
                province = new Province(code.ProvinceCode, fields[3], fields[2], Region.Lombardy);
                provinces.Add(code.ProvinceCode, province);
            }
            DistrictCode? district = districtOfMember.TryGetValue(code.Value, out var d) ? d : null;
            municipalities.Add(new Municipality(code, fields[1], province, district));
            populations.Add(int.Parse(fields[4], NumberStyles.None, CultureInfo.InvariantCulture));
        }

        int[] order = Enumerable.Range(0, municipalities.Count).OrderBy(i => municipalities[i].Code.Value, StringComparer.Ordinal).ToArray();
        return new LombardyTerritory(
            order.Select(i => municipalities[i]).ToArray(),
            order.Select(i => populations[i]).ToArray(),
            provinces.Values.OrderBy(p => p.Code, StringComparer.Ordinal).ToArray(),
            districts);
    }

    private static void Expect(string[] fields, int count, string resource, int line)
    {
        if (fields.Length != count)
        {
            throw new InvalidDataException($"{resource} line {line}: expected {count} fields, found {fields.Length}.");
        }
    }

    /// <summary>Reads a small RFC 4180 CSV (quoted fields may hold commas), skipping the header.</summary>
    private static IEnumerable<(int Line, string[] Fields)> ReadCsv(string resource)
    {
        using var stream = typeof(LombardyTerritory).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidDataException($"Resource {resource} is not embedded in {typeof(LombardyTerritory).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        reader.ReadLine();
        int lineNumber = 1;
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        while (reader.ReadLine() is { } text)
        {
            lineNumber++;
            if (text.Length == 0)
            {
                continue;
            }
            fields.Clear();
            field.Clear();
            bool quoted = false;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (quoted)
                {
                    if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else if (c == '"')
                    {
                        quoted = false;
                    }
                    else
                    {
                        field.Append(c);
                    }
                }
                else if (c == '"')
                {
                    quoted = true;
                }
                else if (c == ',')
                {
                    fields.Add(field.ToString());
                    field.Clear();
                }
                else
                {
                    field.Append(c);
                }
            }
            fields.Add(field.ToString());
            yield return (lineNumber, fields.ToArray());
        }
    }
}
