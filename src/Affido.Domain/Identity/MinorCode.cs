namespace Affido.Domain;

/// <summary>The pseudonymous code of a minor (minore): the model never holds a minor's name.</summary>
/// <remarks>
/// The shared registry holds codes, never names (Provincia di Milano, "Banca Dati Famiglie Affidatarie Online"; Reg. art. 13; Reg. UE 2016/679).
/// The value is kept as given; the validators reject an empty or blank code. Equality and ordering are ordinal.
/// The <c>default</c> value has a <see langword="null"/> <see cref="Value"/> and is never valid.
/// </remarks>
/// <param name="Value">The code, as assigned by the service that owns it.</param>
public readonly record struct MinorCode(string Value) : ICode<MinorCode>
{
    /// <inheritdoc />
    public bool IsEmpty => string.IsNullOrWhiteSpace(Value);

    /// <inheritdoc />
    public static MinorCode From(string value) => new(value);

    /// <inheritdoc />
    public int CompareTo(MinorCode other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>The code itself (empty for the <c>default</c> value).</summary>
    public override string ToString() => Value ?? string.Empty;

    /// <summary>The same code seen as a <see cref="PersonCode"/>, to state kinship with the minor.</summary>
    public PersonCode AsPerson() => new(Value);
}
