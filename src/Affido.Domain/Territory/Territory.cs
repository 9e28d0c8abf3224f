using System.Diagnostics.CodeAnalysis;

namespace Affido.Domain;

/// <summary>
/// A catalogue of municipalities by ISTAT code and of social districts by code: what turns the codes that a JSON
/// document, a database row or a form carries ("015189") back into the <see cref="Municipality"/> values the model uses.
/// </summary>
/// <remarks>
/// Built once from the integrator's reference data (the ISTAT list of municipalities, the regional list of ambiti)
/// and immutable afterwards, so it is safe to share between threads. Lookups are ordinal on the code.
/// </remarks>
public sealed class Territory
{
    private readonly Dictionary<IstatCode, Municipality> municipalities = [];
    private readonly Dictionary<DistrictCode, SocialDistrict> districts = [];

    /// <summary>A catalogue of <paramref name="municipalities"/> and, when given, <paramref name="districts"/>.</summary>
    /// <param name="municipalities">The municipalities; each ISTAT code once.</param>
    /// <param name="districts">The social districts; each code once.</param>
    /// <exception cref="ArgumentNullException"><paramref name="municipalities"/> is null.</exception>
    /// <exception cref="ArgumentException">An element is null or has an empty code, or a code is repeated.</exception>
    public Territory(IEnumerable<Municipality> municipalities, IEnumerable<SocialDistrict>? districts = null)
    {
        ArgumentNullException.ThrowIfNull(municipalities);
        foreach (var municipality in municipalities)
        {
            if (municipality is null || municipality.Code.IsEmpty)
            {
                throw new ArgumentException("A municipality is null or has an empty ISTAT code.", nameof(municipalities));
            }

            if (!this.municipalities.TryAdd(municipality.Code, municipality))
            {
                throw new ArgumentException($"The ISTAT code {municipality.Code} is listed twice.", nameof(municipalities));
            }
        }

        foreach (var district in districts ?? [])
        {
            if (district is null || district.Code.IsEmpty)
            {
                throw new ArgumentException("A social district is null or has an empty code.", nameof(districts));
            }

            if (!this.districts.TryAdd(district.Code, district))
            {
                throw new ArgumentException($"The district code {district.Code} is listed twice.", nameof(districts));
            }
        }

        Municipalities = [.. this.municipalities.Values.OrderBy(m => m.Code)];
        Districts = [.. this.districts.Values.OrderBy(d => d.Code)];
    }

    /// <summary>The municipalities, ordered by ISTAT code.</summary>
    public IReadOnlyList<Municipality> Municipalities { get; }

    /// <summary>The social districts, ordered by code.</summary>
    public IReadOnlyList<SocialDistrict> Districts { get; }

    /// <summary>The municipality with ISTAT code <paramref name="code"/>, when the catalogue holds it.</summary>
    /// <param name="code">The six-digit ISTAT code.</param>
    /// <param name="municipality">The municipality found.</param>
    /// <returns>True when found.</returns>
    public bool TryGetMunicipality(IstatCode code, [MaybeNullWhen(false)] out Municipality municipality)
    {
        if (code.Value is null)
        {
            municipality = null;
            return false;
        }

        return municipalities.TryGetValue(code, out municipality);
    }

    /// <summary>The social district with code <paramref name="code"/>, when the catalogue holds it.</summary>
    /// <param name="code">The district's code.</param>
    /// <param name="district">The district found.</param>
    /// <returns>True when found.</returns>
    public bool TryGetDistrict(DistrictCode code, [MaybeNullWhen(false)] out SocialDistrict district)
    {
        if (code.Value is null)
        {
            district = null;
            return false;
        }

        return districts.TryGetValue(code, out district);
    }
}
