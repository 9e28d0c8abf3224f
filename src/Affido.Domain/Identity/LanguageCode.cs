namespace Affido.Domain;

/// <summary>A language a minor speaks or a carer can use, as an ISO 639-1 code in lower case ("it", "ar", "en").</summary>
/// <remarks>
/// Minors are entitled to respect for their cultural roots (Reg. art. 4); a shared language is a soft matching criterion.
/// Equality is ordinal. The <c>default</c> value has a <see langword="null"/> <see cref="Value"/> and is never valid.
/// </remarks>
/// <param name="Value">The two-letter ISO 639-1 code, lower case.</param>
public readonly record struct LanguageCode(string Value) : ICode<LanguageCode>
{
    /// <inheritdoc />
    public static LanguageCode From(string value) => new(value);

    /// <inheritdoc />
    public int CompareTo(LanguageCode other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Whether the value is missing or blank.</summary>
    public bool IsEmpty => string.IsNullOrWhiteSpace(Value);

    /// <summary>The value itself.</summary>
    public override string ToString() => Value ?? string.Empty;

    /// <summary>Italian.</summary>
    public static LanguageCode Italian => new("it");

    /// <summary>English.</summary>
    public static LanguageCode English => new("en");

    /// <summary>Arabic.</summary>
    public static LanguageCode Arabic => new("ar");
}
