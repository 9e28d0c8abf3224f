namespace Affido.Matching;

/// <summary>
/// Approximate managed sizes on a 64-bit runtime, for <see cref="CarerIndex.EstimatedBytes"/>: array and object
/// headers, strings, and dictionaries (their entry and bucket arrays at their actual capacity).
/// </summary>
internal static class MemorySizes
{
    /// <summary>An array's header: method table, object header, length.</summary>
    public const int ArrayHeader = 24;

    /// <summary>An object's header: method table and object header.</summary>
    public const int ObjectHeader = 16;

    /// <summary>A <see cref="Dictionary{TKey, TValue}"/> object without its arrays.</summary>
    public const int DictionaryObject = 80;

    /// <summary>An array of <paramref name="length"/> elements of <paramref name="elementSize"/> bytes, with its header.</summary>
    public static long Array(long length, int elementSize) => ArrayHeader + (length * elementSize);

    /// <summary>A string object: header, length and the UTF-16 characters with their terminator, rounded up to 8 bytes.</summary>
    public static long String(string? value) => value is null ? 0 : RoundUp(22 + (2L * value.Length));

    /// <summary>
    /// A dictionary with its bucket array (4 bytes a slot) and its entry array (<paramref name="entrySize"/> bytes a
    /// slot), both at the dictionary's current capacity; keys and values held by reference are not included.
    /// </summary>
    public static long Dictionary<TKey, TValue>(Dictionary<TKey, TValue> dictionary, int entrySize)
        where TKey : notnull
    {
        int capacity = dictionary.EnsureCapacity(0);
        return DictionaryObject + Array(capacity, sizeof(int)) + Array(capacity, entrySize);
    }

    private static long RoundUp(long bytes) => (bytes + 7) & ~7L;
}
