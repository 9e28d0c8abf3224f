namespace Affido.Domain;

/// <summary>The pseudonymous code of any person a rule needs to relate (a minor, a judge, a court expert, a social worker): never a name.</summary>
/// <remarks>
/// Used to declare kinship (L. 184/1983 art. 2 c. 1.1: conflicts of interest; Reg. art. 3: kinship placements within the 4th degree).
/// The value is kept as given; the validators reject an empty or blank code. Equality and ordering are ordinal.
/// The <c>default</c> value has a <see langword="null"/> <see cref="Value"/> and is never valid.
/// </remarks>
/// <param name="Value">The code, as assigned by the service that owns it.</param>
public readonly record struct PersonCode(string Value) : ICode<PersonCode>
{
    /// <inheritdoc />
    public bool IsEmpty => string.IsNullOrWhiteSpace(Value);

    /// <inheritdoc />
    public static PersonCode From(string value) => new(value);

    /// <inheritdoc />
    public int CompareTo(PersonCode other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>The code itself (empty for the <c>default</c> value).</summary>
    public override string ToString() => Value ?? string.Empty;
}
