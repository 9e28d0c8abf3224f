namespace Affido.Domain;

/// <summary>
/// A small identifier of the model kept as the text it was given: a pseudonymous code (minor, carer, person, sibling
/// group, district), an ISTAT code, a language or a background tag. Every one is a <c>readonly record struct</c>
/// implementing this interface, so validators, JSON and database converters are written once for all of them.
/// </summary>
/// <remarks>
/// Equality and ordering are ordinal on <see cref="Value"/>. A code is never validated on construction: the validators
/// say what is wrong with it (a blank code, a malformed ISTAT code), naming the member that holds it. The
/// <c>default</c> value has a <see langword="null"/> <see cref="Value"/>, is <see cref="IsEmpty"/> and is never valid.
/// </remarks>
/// <typeparam name="TSelf">The code type itself.</typeparam>
public interface ICode<TSelf> : IEquatable<TSelf>, IComparable<TSelf>
    where TSelf : struct, ICode<TSelf>
{
    /// <summary>The text of the code, exactly as given; <see langword="null"/> for the <c>default</c> value.</summary>
    string Value { get; }

    /// <summary>Whether the code is missing, empty or blank.</summary>
    bool IsEmpty { get; }

    /// <summary>A code holding <paramref name="value"/> as given (not validated).</summary>
    /// <param name="value">The text of the code.</param>
    /// <returns>The code.</returns>
    static abstract TSelf From(string value);
}
