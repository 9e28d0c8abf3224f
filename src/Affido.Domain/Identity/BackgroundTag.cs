namespace Affido.Domain;

/// <summary>A cultural or religious background, recorded only when the social worker judges it relevant to the placement.</summary>
/// <remarks>
/// Reg. art. 4 (respect of the minor's cultural and religious roots) and Reg. art. 6 (carers respect the minor's cultural, social and religious identity). Tags are the caller's vocabulary (e.g. "muslim", "orthodox-christian", "roma"); the model compares them ordinally and never infers them.
/// Equality is ordinal. The <c>default</c> value has a <see langword="null"/> <see cref="Value"/> and is never valid.
/// </remarks>
/// <param name="Value">The tag, in the caller's vocabulary.</param>
public readonly record struct BackgroundTag(string Value) : ICode<BackgroundTag>
{
    /// <inheritdoc />
    public static BackgroundTag From(string value) => new(value);

    /// <inheritdoc />
    public int CompareTo(BackgroundTag other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Whether the value is missing or blank.</summary>
    public bool IsEmpty => string.IsNullOrWhiteSpace(Value);

    /// <summary>The value itself.</summary>
    public override string ToString() => Value ?? string.Empty;
}
