namespace Affido.Domain;

/// <summary>Identifies a group of siblings (fratelli e sorelle) who have the right not to be separated (Reg. art. 4).</summary>
/// <remarks>
/// Minors that share this id are siblings; a request for the group places them with one carer unless a contraindication is stated.
/// The value is kept as given; the validators reject an empty or blank code. Equality and ordering are ordinal.
/// The <c>default</c> value has a <see langword="null"/> <see cref="Value"/> and is never valid.
/// </remarks>
/// <param name="Value">The code, as assigned by the service that owns it.</param>
public readonly record struct SiblingGroupId(string Value) : ICode<SiblingGroupId>
{
    /// <inheritdoc />
    public bool IsEmpty => string.IsNullOrWhiteSpace(Value);

    /// <inheritdoc />
    public static SiblingGroupId From(string value) => new(value);

    /// <inheritdoc />
    public int CompareTo(SiblingGroupId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>The code itself (empty for the <c>default</c> value).</summary>
    public override string ToString() => Value ?? string.Empty;
}
