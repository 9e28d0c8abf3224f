namespace Affido.Matching;

/// <summary>
/// A bounded min-heap of the best rows seen so far: the root is the worst kept (lowest score, then greatest code).
/// Offering a row that is not better than the root costs one comparison and allocates nothing.
/// </summary>
internal struct TopHeap : ICandidateSink
{
    private readonly double[] scores;
    private readonly int[] rows;
    private readonly CodeColumn codes;
    private int count;

    public TopHeap(int capacity, CodeColumn codes)
    {
        scores = new double[capacity];
        rows = new int[capacity];
        this.codes = codes;
        count = 0;
    }

    /// <summary>True when the heap holds as many rows as it may (always true for a capacity of 0).</summary>
    public readonly bool IsFull => count == scores.Length;

    /// <summary>The score of the worst row kept (only meaningful when <see cref="IsFull"/> and not empty; +∞ when the capacity is 0).</summary>
    public readonly double WorstScore => count == 0 ? double.PositiveInfinity : scores[0];

    /// <summary>The worst score kept once the heap is full (a carer scoring less cannot enter); −∞ before.</summary>
    public readonly double Threshold => IsFull ? WorstScore : double.NegativeInfinity;

    public void Offer(double score, int row)
    {
        if (count < scores.Length)
        {
            int hole = count++;
            while (hole > 0)
            {
                int parent = (hole - 1) >> 1;
                if (!Worse(score, row, scores[parent], rows[parent]))
                {
                    break;
                }

                scores[hole] = scores[parent];
                rows[hole] = rows[parent];
                hole = parent;
            }

            scores[hole] = score;
            rows[hole] = row;
            return;
        }

        if (count == 0 || !Worse(scores[0], rows[0], score, row))
        {
            return;
        }

        int i = 0;
        while (true)
        {
            int child = (2 * i) + 1;
            if (child >= count)
            {
                break;
            }

            if (child + 1 < count && Worse(scores[child + 1], rows[child + 1], scores[child], rows[child]))
            {
                child++;
            }

            if (!Worse(scores[child], rows[child], score, row))
            {
                break;
            }

            scores[i] = scores[child];
            rows[i] = rows[child];
            i = child;
        }

        scores[i] = score;
        rows[i] = row;
    }

    public readonly (double Score, int Row)[] SortedRows()
    {
        var result = new (double Score, int Row)[count];
        for (int i = 0; i < count; i++)
        {
            result[i] = (scores[i], rows[i]);
        }

        var names = codes;
        Array.Sort(result, (a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : names.Compare(a.Row, b.Row));
        return result;
    }

    /// <summary>True when (scoreA, rowA) ranks after (scoreB, rowB).</summary>
    private readonly bool Worse(double scoreA, int rowA, double scoreB, int rowB)
        => scoreA < scoreB || (scoreA == scoreB && codes.Compare(rowA, rowB) > 0);
}
