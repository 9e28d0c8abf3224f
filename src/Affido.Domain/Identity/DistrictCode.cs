namespace Affido.Domain;

/// <summary>The code of a social district (ambito territoriale sociale): a group of municipalities planning social services together.</summary>
/// <remarks>
/// Assigned by the region or by the caller; the model only compares codes.
/// The value is kept as given; the validators reject an empty or blank code. Equality and ordering are ordinal.
/// The <c>default</c> value has a <see langword="null"/> <see cref="Value"/> and is never valid.
/// </remarks>
/// <param name="Value">The code, as assigned by the service that owns it.</param>
public readonly record struct DistrictCode(string Value) : IComparable<DistrictCode>
{
    /// <summary>Ordinal comparison of the codes, the order in which ties are broken.</summary>
    /// <param name="other">The code to compare with.</param>
    public int CompareTo(DistrictCode other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Whether the code is missing or blank.</summary>
    public bool IsEmpty => string.IsNullOrWhiteSpace(Value);

    /// <summary>The code itself.</summary>
    public override string ToString() => Value ?? string.Empty;

    /// <summary>Whether <paramref name="left"/> sorts before <paramref name="right"/>.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    public static bool operator <(DistrictCode left, DistrictCode right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> sorts after <paramref name="right"/>.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    public static bool operator >(DistrictCode left, DistrictCode right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> sorts before or equal to <paramref name="right"/>.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    public static bool operator <=(DistrictCode left, DistrictCode right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> sorts after or equal to <paramref name="right"/>.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    public static bool operator >=(DistrictCode left, DistrictCode right) => left.CompareTo(right) >= 0;
}
