using System.Collections.Immutable;

namespace Affido.Domain;

/// <summary>Factory methods for <see cref="ValueArray{T}"/>; the target of collection expressions.</summary>
public static class ValueArray
{
    /// <summary>An array holding a copy of <paramref name="items"/>.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="items">The elements.</param>
    public static ValueArray<T> Create<T>(ReadOnlySpan<T> items) => new(ImmutableArray.Create(items));

    /// <summary>An array holding the elements of <paramref name="items"/>.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="items">The elements.</param>
    public static ValueArray<T> From<T>(IEnumerable<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return new(items.ToImmutableArray());
    }

    /// <summary>The elements of <paramref name="items"/> as a <see cref="ValueArray{T}"/>.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="items">The elements.</param>
    public static ValueArray<T> ToValueArray<T>(this IEnumerable<T> items) => From(items);
}
