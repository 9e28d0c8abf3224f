namespace Affido.Matching;

public sealed partial class CarerIndex
{
    /// <summary>
    /// The memory-bandwidth floor of a search: one pass over every column a search reads, summing them, with no
    /// filtering or scoring logic. Only the benchmarks call it (issue 16: a search within 1.5x of this floor).
    /// </summary>
    internal long SumColumns() => SumColumns(0, flags.Length);

    /// <summary>The floor over rows <paramref name="start"/> to <paramref name="end"/> − 1 (the benchmarks split it over threads for the floor of a parallel search).</summary>
    internal long SumColumns(int start, int end)
    {
        long sum = 0;
        ulong bits = 0;
        for (int i = start; i < end; i++)
        {
            sum += flags[i] + formsAndArrangements[i] + places[i] + minAge[i] + maxAge[i] + acceptedNeeds[i]
                + availableFrom[i] + availableUntil[i] + municipality[i] + previousPlacements[i] + trainingHours[i]
                + youngestChild[i] + waitingSince[i] + relativesStart[i];
            bits ^= languages.Bits[i] ^ backgrounds.Bits[i];
        }

        return sum ^ (long)bits;
    }
}
