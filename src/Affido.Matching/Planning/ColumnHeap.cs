namespace Affido.Matching.Planning;

/// <summary>
/// A 4-ary min-heap of (distance, column) for the sparse searches, with lazy deletion (a column may be pushed again
/// with a shorter distance; the caller skips stale entries); ties go to the smaller column. Grows on demand.
/// </summary>
/// <remarks>Four children per node: half the depth of a binary heap, and the children of a node share a cache line.</remarks>
internal sealed class ColumnHeap(int capacity)
{
    private Entry[] entries = new Entry[Math.Max(capacity, 16)];

    public int Count { get; private set; }

    public void Clear() => Count = 0;

    public void Push(double key, int item)
    {
        if (Count == entries.Length)
        {
            Array.Resize(ref entries, (int)Math.Min((long)Count * 2, Array.MaxLength));
        }

        var heap = entries;
        int at = Count++;
        while (at > 0)
        {
            int parent = (at - 1) >> 2;
            ref var p = ref heap[parent];
            if (!(key < p.Key || (key == p.Key && item < p.Item)))
            {
                break;
            }

            heap[at] = p;
            at = parent;
        }

        heap[at] = new Entry(key, item);
    }

    public void Pop(out double key, out int item)
    {
        var heap = entries;
        key = heap[0].Key;
        item = heap[0].Item;
        int count = --Count;
        if (count == 0)
        {
            return;
        }

        var last = heap[count];
        int at = 0;
        while (true)
        {
            int first = (at << 2) + 1;
            if (first >= count)
            {
                break;
            }

            int best = first;
            int end = Math.Min(first + 4, count);
            for (int child = first + 1; child < end; child++)
            {
                if (heap[child].Key < heap[best].Key || (heap[child].Key == heap[best].Key && heap[child].Item < heap[best].Item))
                {
                    best = child;
                }
            }

            if (!(heap[best].Key < last.Key || (heap[best].Key == last.Key && heap[best].Item < last.Item)))
            {
                break;
            }

            heap[at] = heap[best];
            at = best;
        }

        heap[at] = last;
    }

    private readonly record struct Entry(double Key, int Item);
}
