namespace Affido.Domain;

/// <summary>The pseudonymous code of any person a rule needs to relate (a minor, a judge, a court expert, a social worker): never a name.</summary>
/// <remarks>
/// Used to declare kinship (L. 184/1983 art. 2 c. 1.1: conflicts of interest; Reg. art. 3: kinship placements within the 4th degree).
/// The value is kept as given; the validators reject an empty or blank code. Equality and ordering are ordinal.
/// The <c>default</c> value has a <see langword="null"/> <see cref="Value"/> and is never valid.
/// </remarks>
/// <param name="Value">The code, as assigned by the service that owns it.</param>
public readonly record struct PersonCode(string Value) : IComparable<PersonCode>
{
    /// <summary>Ordinal comparison of the codes, the order in which ties are broken.</summary>
    /// <param name="other">The code to compare with.</param>
    public int CompareTo(PersonCode other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Whether the code is missing or blank.</summary>
    public bool IsEmpty => string.IsNullOrWhiteSpace(Value);

    /// <summary>The code itself.</summary>
    public override string ToString() => Value ?? string.Empty;

    /// <summary>Whether <paramref name="left"/> sorts before <paramref name="right"/>.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    public static bool operator <(PersonCode left, PersonCode right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> sorts after <paramref name="right"/>.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    public static bool operator >(PersonCode left, PersonCode right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> sorts before or equal to <paramref name="right"/>.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    public static bool operator <=(PersonCode left, PersonCode right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> sorts after or equal to <paramref name="right"/>.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    public static bool operator >=(PersonCode left, PersonCode right) => left.CompareTo(right) >= 0;
}
