using System.Collections.Concurrent;

namespace Affido.EntityFrameworkCore;

/// <summary>
/// Values read from their canonical text, kept by text so that the same text read again gives the same (immutable)
/// instance instead of a new parse: a registry repeats a few provinces, services, form lists and empty lists
/// across millions of rows. Bounded: once full, new texts are parsed without being kept.
/// </summary>
/// <typeparam name="T">An immutable value type or record.</typeparam>
/// <param name="parse">Reads a value from its text.</param>
internal sealed class TextCache<T>(Func<string, T> parse)
{
    /// <summary>How many distinct texts a cache keeps.</summary>
    public const int Capacity = 4096;

    private readonly ConcurrentDictionary<string, T> values = new(StringComparer.Ordinal);

    /// <summary>The value of <paramref name="text"/>.</summary>
    /// <param name="text">The canonical text.</param>
    /// <returns>The value, shared with earlier reads of the same text.</returns>
    public T Read(string text)
    {
        if (values.TryGetValue(text, out var value))
        {
            return value;
        }

        value = parse(text);
        if (values.Count < Capacity)
        {
            values.TryAdd(text, value);
        }

        return value;
    }
}
