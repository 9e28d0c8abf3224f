using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Affido.EntityFrameworkCore;

/// <summary>
/// Change tracking for a <see cref="ValueArray{T}"/> column: element-wise equality (the list's own), and the list itself
/// as its snapshot (it is immutable).
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
internal sealed class ValueArrayComparer<T>() : ValueComparer<ValueArray<T>>(
    (left, right) => left.Equals(right), list => list.GetHashCode(), list => list);
