using System.Collections;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace Affido.Domain;

/// <summary>
/// An immutable list with value equality: two arrays are equal when they hold equal elements in the same order.
/// </summary>
/// <remarks>
/// Records compare their members with <c>Equals</c>; an <see cref="ImmutableArray{T}"/> or a list compares by reference,
/// which would make two identical placements unequal. Every collection in the domain model is therefore a
/// <see cref="ValueArray{T}"/>. The <c>default</c> value is the empty array. Collection expressions work:
/// <c>ValueArray&lt;LanguageCode&gt; languages = [LanguageCode.Italian];</c>.
/// </remarks>
/// <typeparam name="T">The element type.</typeparam>
[CollectionBuilder(typeof(ValueArray), nameof(ValueArray.Create))]
public readonly struct ValueArray<T> : IReadOnlyList<T>, IEquatable<ValueArray<T>>
{
    private readonly ImmutableArray<T> items;

    /// <summary>Wraps an immutable array (a <c>default</c> array is taken as empty).</summary>
    /// <param name="items">The elements.</param>
    public ValueArray(ImmutableArray<T> items) => this.items = items.IsDefault ? ImmutableArray<T>.Empty : items;

    /// <summary>The empty array.</summary>
    public static ValueArray<T> Empty => default;

    /// <summary>The elements as an <see cref="ImmutableArray{T}"/> (never a default array).</summary>
    public ImmutableArray<T> AsImmutableArray() => items.IsDefault ? ImmutableArray<T>.Empty : items;

    /// <summary>The elements as a span, for allocation-free reads.</summary>
    public ReadOnlySpan<T> AsSpan() => items.IsDefault ? ReadOnlySpan<T>.Empty : items.AsSpan();

    /// <inheritdoc />
    public int Count => items.IsDefault ? 0 : items.Length;

    /// <summary>Whether the array has no element.</summary>
    public bool IsEmpty => Count == 0;

    /// <summary>The element at <paramref name="index"/>.</summary>
    /// <param name="index">From 0 to <see cref="Count"/> - 1.</param>
    /// <returns>The element.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative, or not less than <see cref="Count"/>.</exception>
    public T this[int index]
    {
        get
        {
            var array = AsImmutableArray();
            if ((uint)index >= (uint)array.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(index), index, "Not an index of the array.");
            }

            return array[index];
        }
    }

    /// <summary>A new array with <paramref name="item"/> appended.</summary>
    /// <param name="item">The element to append.</param>
    public ValueArray<T> Add(T item) => new(AsImmutableArray().Add(item));

    /// <summary>A new array without the first element equal to <paramref name="item"/> (unchanged when absent).</summary>
    /// <param name="item">The element to remove.</param>
    public ValueArray<T> Remove(T item) => new(AsImmutableArray().Remove(item));

    /// <summary>Whether the array holds an element equal to <paramref name="item"/>.</summary>
    /// <param name="item">The element to look for.</param>
    public bool Contains(T item) => AsImmutableArray().Contains(item);

    /// <summary>An enumerator over the elements, without allocation.</summary>
    public ImmutableArray<T>.Enumerator GetEnumerator() => AsImmutableArray().GetEnumerator();

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)AsImmutableArray()).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)AsImmutableArray()).GetEnumerator();

    /// <summary>Element-wise equality, with <see cref="EqualityComparer{T}.Default"/>.</summary>
    /// <param name="other">The array to compare with.</param>
    public bool Equals(ValueArray<T> other) => AsSpan().SequenceEqual(other.AsSpan(), EqualityComparer<T>.Default);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ValueArray<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in AsSpan())
        {
            hash.Add(item);
        }
        return hash.ToHashCode();
    }

    /// <summary>The elements, comma-separated, in brackets.</summary>
    public override string ToString() => "[" + string.Join(", ", AsImmutableArray()) + "]";

    /// <summary>Element-wise equality.</summary>
    /// <param name="left">The first array.</param>
    /// <param name="right">The second array.</param>
    public static bool operator ==(ValueArray<T> left, ValueArray<T> right) => left.Equals(right);

    /// <summary>Element-wise inequality.</summary>
    /// <param name="left">The first array.</param>
    /// <param name="right">The second array.</param>
    public static bool operator !=(ValueArray<T> left, ValueArray<T> right) => !left.Equals(right);
}
