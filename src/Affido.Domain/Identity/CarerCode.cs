namespace Affido.Domain;

/// <summary>The pseudonymous code of a foster carer (soggetti affidatari, Reg. art. 6) in the shared registry.</summary>
/// <remarks>
/// "Per ragioni di riservatezza la banca non avrà a disposizione i nominativi delle famiglie, ma soltanto un codice" (Provincia di Milano, "Banca Dati Famiglie Affidatarie Online"). Ties in a ranking are broken by this code.
/// The value is kept as given; the validators reject an empty or blank code. Equality and ordering are ordinal.
/// The <c>default</c> value has a <see langword="null"/> <see cref="Value"/> and is never valid.
/// </remarks>
/// <param name="Value">The code, as assigned by the service that owns it.</param>
public readonly record struct CarerCode(string Value) : ICode<CarerCode>
{
    /// <inheritdoc />
    public bool IsEmpty => string.IsNullOrWhiteSpace(Value);

    /// <inheritdoc />
    public static CarerCode From(string value) => new(value);

    /// <inheritdoc />
    public int CompareTo(CarerCode other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>The code itself (empty for the <c>default</c> value).</summary>
    public override string ToString() => Value ?? string.Empty;
}
