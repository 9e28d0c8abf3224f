namespace Affido.Domain;

/// <summary>
/// The ISTAT code of an Italian municipality (codice ISTAT del comune): six digits, the first three being the
/// province's code (e.g. 015189 Rozzano, in province 015 Milano).
/// </summary>
/// <remarks>
/// The value is kept as given; <see cref="IsWellFormed"/> and the validators check the six digits.
/// Equality is ordinal. The <c>default</c> value has a <see langword="null"/> <see cref="Value"/> and is not well formed.
/// </remarks>
/// <param name="Value">The six-digit code, with its leading zeros.</param>
public readonly record struct IstatCode(string Value) : ICode<IstatCode>
{
    /// <inheritdoc />
    public static IstatCode From(string value) => new(value);

    /// <inheritdoc />
    public int CompareTo(IstatCode other) => string.CompareOrdinal(Value, other.Value);

    /// <inheritdoc />
    public bool IsEmpty => string.IsNullOrWhiteSpace(Value);

    /// <summary>Whether the value is exactly six ASCII digits.</summary>
    public bool IsWellFormed => Value is { Length: 6 } && Value.All(char.IsAsciiDigit);

    /// <summary>The province's three-digit ISTAT code (the first three digits), or an empty string when not well formed.</summary>
    public string ProvinceCode => IsWellFormed ? Value[..3] : string.Empty;

    /// <summary>The code itself.</summary>
    public override string ToString() => Value ?? string.Empty;
}
