namespace Affido.Domain;

/// <summary>Identifies a group of siblings (fratelli e sorelle) who have the right not to be separated (Reg. art. 4).</summary>
/// <remarks>
/// Minors that share this id are siblings; a request for the group places them with one carer unless a contraindication is stated.
/// The value is kept as given; the validators reject an empty or blank code. Equality and ordering are ordinal.
/// The <c>default</c> value has a <see langword="null"/> <see cref="Value"/> and is never valid.
/// </remarks>
/// <param name="Value">The code, as assigned by the service that owns it.</param>
public readonly record struct SiblingGroupId(string Value) : IComparable<SiblingGroupId>
{
    /// <summary>Ordinal comparison of the codes, the order in which ties are broken.</summary>
    /// <param name="other">The code to compare with.</param>
    public int CompareTo(SiblingGroupId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Whether the code is missing or blank.</summary>
    public bool IsEmpty => string.IsNullOrWhiteSpace(Value);

    /// <summary>The code itself.</summary>
    public override string ToString() => Value ?? string.Empty;

    /// <summary>Whether <paramref name="left"/> sorts before <paramref name="right"/>.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    public static bool operator <(SiblingGroupId left, SiblingGroupId right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> sorts after <paramref name="right"/>.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    public static bool operator >(SiblingGroupId left, SiblingGroupId right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> sorts before or equal to <paramref name="right"/>.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    public static bool operator <=(SiblingGroupId left, SiblingGroupId right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> sorts after or equal to <paramref name="right"/>.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    public static bool operator >=(SiblingGroupId left, SiblingGroupId right) => left.CompareTo(right) >= 0;
}
