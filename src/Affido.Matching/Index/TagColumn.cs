using System.Numerics;

namespace Affido.Matching;

/// <summary>
/// A dictionary-encoded set column (languages, backgrounds): one 64-bit set per carer. The first 63 distinct
/// values get a bit each; rarer values (id ≥ 63) set bit 63 and are kept, for those carers only, in a side table.
/// </summary>
internal sealed class TagColumn
{
    private const int DirectBits = 63;
    private const ulong OverflowBit = 1UL << DirectBits;
    private readonly ulong[] bits;
    private readonly Dictionary<string, int> ids;
    private readonly Dictionary<int, int[]> overflow;

    private TagColumn(ulong[] bits, Dictionary<string, int> ids, Dictionary<int, int[]> overflow)
    {
        this.bits = bits;
        this.ids = ids;
        this.overflow = overflow;
        long bytes = MemorySizes.ObjectHeader + (3 * sizeof(long)) + MemorySizes.Array(bits.LongLength, sizeof(ulong))
            + MemorySizes.Dictionary(ids, 24) + MemorySizes.Dictionary(overflow, 24);
        foreach (string value in ids.Keys)
        {
            bytes += MemorySizes.String(value);
        }

        foreach (int[] rare in overflow.Values)
        {
            bytes += MemorySizes.Array(rare.Length, sizeof(int));
        }

        EstimatedBytes = bytes;
    }

    public ulong[] Bits => bits;

    /// <summary>
    /// The bytes the column holds: the bit sets, the value dictionary (entries, buckets and the value strings it keeps
    /// alive) and the overflow table with its arrays.
    /// </summary>
    public long EstimatedBytes { get; }

    public sealed class Builder
    {
        private readonly ulong[] bits;
        private readonly Dictionary<string, int> ids;
        private readonly Dictionary<int, int[]> overflow;
        private readonly List<int> pending = [];

        /// <summary>An empty column of <paramref name="capacity"/> rows.</summary>
        public Builder(int capacity)
        {
            bits = new ulong[capacity];
            ids = new Dictionary<string, int>(StringComparer.Ordinal);
            overflow = [];
        }

        /// <summary>
        /// A copy of <paramref name="source"/> with <paramref name="removed"/> rows at <paramref name="row"/> taken out
        /// and <paramref name="inserted"/> empty rows put there (see <see cref="CarerIndex.Splice"/>); the source is not changed.
        /// </summary>
        public Builder(TagColumn source, int row, int removed, int inserted)
        {
            bits = CarerIndex.Splice(source.bits, row, removed, inserted);
            ids = new Dictionary<string, int>(source.ids, StringComparer.Ordinal);
            overflow = [];
            foreach (var (at, rare) in source.overflow)
            {
                if (at < row)
                {
                    overflow[at] = rare;
                }
                else if (at >= row + removed)
                {
                    overflow[at - removed + inserted] = rare;
                }
            }
        }

        public void Set(int row, ReadOnlySpan<string?> values)
        {
            ulong set = 0;
            pending.Clear();
            foreach (string? value in values)
            {
                if (string.IsNullOrWhiteSpace(value))
                {
                    continue;
                }

                if (!ids.TryGetValue(value, out int id))
                {
                    id = ids.Count;
                    ids.Add(value, id);
                }

                if (id < DirectBits)
                {
                    set |= 1UL << id;
                }
                else if (!pending.Contains(id))
                {
                    pending.Add(id);
                }
            }

            if (pending.Count > 0)
            {
                set |= OverflowBit;
                overflow[row] = [.. pending];
            }

            bits[row] = set;
        }

        public TagColumn Build() => new(bits, ids, overflow);
    }

    /// <summary>The request side: a mask of the requested values known to the column, the rarer ones, and how many were requested.</summary>
    public readonly struct Query(ulong mask, int[] overflowIds, int requested)
    {
        public ulong Mask { get; } = mask;

        public int[] OverflowIds { get; } = overflowIds;

        public int Requested { get; } = requested;
    }

    public Query Compile(IEnumerable<string> requested)
    {
        ulong mask = 0;
        var rare = new List<int>();
        int count = 0;
        foreach (string value in requested)
        {
            count++;
            if (ids.TryGetValue(value, out int id))
            {
                if (id < DirectBits)
                {
                    mask |= 1UL << id;
                }
                else
                {
                    rare.Add(id);
                }
            }
        }

        return new Query(mask, [.. rare], count);
    }

    public int Matches(int row, in Query query)
    {
        ulong set = bits[row];
        int matched = BitOperations.PopCount(set & query.Mask);
        if (query.OverflowIds.Length > 0 && (set & OverflowBit) != 0)
        {
            int[] carerRare = overflow[row];
            foreach (int id in query.OverflowIds)
            {
                if (Array.IndexOf(carerRare, id) >= 0)
                {
                    matched++;
                }
            }
        }

        return matched;
    }
}
