namespace Affido.Domain;

/// <summary>The code of a social district (ambito territoriale sociale): a group of municipalities planning social services together.</summary>
/// <remarks>
/// Assigned by the region or by the caller; the model only compares codes.
/// The value is kept as given; the validators reject an empty or blank code. Equality and ordering are ordinal.
/// The <c>default</c> value has a <see langword="null"/> <see cref="Value"/> and is never valid.
/// </remarks>
/// <param name="Value">The code, as assigned by the service that owns it.</param>
public readonly record struct DistrictCode(string Value) : ICode<DistrictCode>
{
    /// <inheritdoc />
    public bool IsEmpty => string.IsNullOrWhiteSpace(Value);

    /// <inheritdoc />
    public static DistrictCode From(string value) => new(value);

    /// <inheritdoc />
    public int CompareTo(DistrictCode other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>The code itself (empty for the <c>default</c> value).</summary>
    public override string ToString() => Value ?? string.Empty;
}
