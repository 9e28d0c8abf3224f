using System.Runtime.CompilerServices;

namespace Affido.Matching;

/// <summary>
/// The hard filters over the index's columns, as failure masks: bit <c>(int)filter</c> (see <see cref="HardFilter"/>)
/// is set when the carer fails that filter. The search counts a carer under the lowest set bit, <see cref="Explain"/>
/// lists every set bit, and planning keeps the carers whose mask is 0: one computation for the three.
/// </summary>
/// <remarks>
/// <para>Bit layout (docs/matching.md states it for users):</para>
/// <code>
/// bit 0 Consent            flags bit 2 clear (no consent)
/// bit 1 Status             flags &amp; StatusMask == 0 (StatusMask: Approved, plus InAssessment when allowed)
/// bit 2 Availability       availableFrom &gt; start or start &gt; availableUntil (day numbers)
/// bit 3 FormAndArrangement formsAndArrangements lacks the request's form bit or arrangement bit
/// bit 4 Places             places &lt; group size
/// bit 5 AgeRange           minAge &gt; youngest or oldest &gt; maxAge
/// bit 6 Needs              acceptedNeeds fails one of the two NeedMasks tests
/// bit 7 Protection         ProtectionTable[municipality] == 1
/// ---- read only when bits 0-7 are clear ----
/// bit 8 Kinship            kinship search and no relative within the 4th degree among the minors
/// bit 9 ConflictOfInterest a relative within the 4th degree among the conflicting persons
/// </code>
/// <para>Bits 0-7 read fixed-width columns only and are computed together without a branch
/// (<see cref="FixedWidthFailures"/>); bits 8-9 walk the carer's relatives (<see cref="RelativesFailures"/>), so they
/// come last in the order, and the first failing filter of a carer is still its lowest bit.</para>
/// </remarks>
public sealed partial class CarerIndex
{
    /// <summary>The bit of <see cref="HardFilter.Consent"/>.</summary>
    private const int ConsentBit = 1 << (int)HardFilter.Consent;

    /// <summary>The bits <see cref="FixedWidthFailures"/> computes.</summary>
    internal const int FixedWidthBits = (1 << ((int)HardFilter.Protection + 1)) - 1;

    /// <summary>The bits <see cref="RelativesFailures"/> computes: above every fixed-width bit (a test checks it).</summary>
    internal const int RelativesBits = (1 << (int)HardFilter.Kinship) | (1 << (int)HardFilter.ConflictOfInterest);

    /// <summary>The failure mask of row <paramref name="i"/> on the fixed-width filters (bits 0-7), reading the columns with bounds checks.</summary>
    private int FixedWidthFailuresAt(int i, CompiledRequest q) => FixedWidthFailures(
        q.Bounds,
        flags[i],
        formsAndArrangements[i],
        places[i],
        minAge[i],
        maxAge[i],
        acceptedNeeds[i],
        availableFrom[i],
        availableUntil[i],
        q.ProtectionTable[municipality[i]]);

    /// <summary>
    /// The failure mask of one carer on the fixed-width filters, from its column values: branch-free, so the scan runs
    /// at the speed of the columns whatever the data.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int FixedWidthFailures(
        FilterBounds request,
        int flagBits,
        int formBits,
        int freePlaces,
        int minimumAge,
        int maximumAge,
        int needs,
        int availableFromDay,
        int availableUntilDay,
        int excludedPlace)
    {
        int anyNeed = needs | (needs >> 1);
        return (((flagBits >> ConsentedShift) & 1) ^ 1) << (int)HardFilter.Consent
            | (1 - NonZero(flagBits & request.StatusMask)) << (int)HardFilter.Status
            | (Greater(availableFromDay, request.StartDay) | Greater(request.StartDay, availableUntilDay)) << (int)HardFilter.Availability
            | NonZero((formBits & request.FormMask) ^ request.FormMask) << (int)HardFilter.FormAndArrangement
            | Greater(request.GroupSize, freePlaces) << (int)HardFilter.Places
            | (Greater(minimumAge, request.YoungestAge) | Greater(request.OldestAge, maximumAge)) << (int)HardFilter.AgeRange
            | (NonZero((needs & request.NeedsHigh) ^ request.NeedsHigh) | NonZero((anyNeed & request.NeedsLow) ^ request.NeedsLow)) << (int)HardFilter.Needs
            | excludedPlace << (int)HardFilter.Protection;
    }

    /// <summary>
    /// The failure mask of row <paramref name="i"/> on the filters that read the relatives (bits 8-9), and the carer's
    /// closest degree of kinship to a minor of the request (0 when none), which the kinship criterion scores.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int RelativesFailures(int i, CompiledRequest q, out int degree)
    {
        degree = KinshipDegree(i, q);
        int kinship = q.KinshipOnly && degree == 0 ? 1 << (int)HardFilter.Kinship : 0;
        int conflict = HasConflict(i, q) ? 1 << (int)HardFilter.ConflictOfInterest : 0;
        return kinship | conflict;
    }

    /// <summary>The closest degree (1–4) to a minor of the request, or 0 when the carer is not a relative.</summary>
    private int KinshipDegree(int i, CompiledRequest q)
    {
        if (q.MinorPersons.Length == 0)
        {
            return 0;
        }

        int best = 0;
        for (int r = relativesStart[i]; r < relativesStart[i + 1]; r++)
        {
            if (Array.IndexOf(q.MinorPersons, relativePerson[r]) >= 0 && (best == 0 || relativeDegree[r] < best))
            {
                best = relativeDegree[r];
            }
        }

        return best;
    }

    private bool HasConflict(int i, CompiledRequest q)
    {
        if (q.ConflictingPersons.Length == 0)
        {
            return false;
        }

        for (int r = relativesStart[i]; r < relativesStart[i + 1]; r++)
        {
            if (Array.IndexOf(q.ConflictingPersons, relativePerson[r]) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>1 when <paramref name="value"/> (≥ 0) is not zero, without a branch.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int NonZero(int value) => (int)((uint)-value >> 31);

    /// <summary>1 when <paramref name="a"/> &gt; <paramref name="b"/>, without a branch.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Greater(int a, int b) => (int)((ulong)((long)b - a) >> 63);

    /// <summary>The request's side of the fixed-width filters: masks and thresholds, one copy per search.</summary>
    internal readonly struct FilterBounds(int statusMask, int startDay, int formMask, int groupSize, int youngestAge, int oldestAge, NeedMasks needs)
    {
        public int StatusMask { get; } = statusMask;

        public int StartDay { get; } = startDay;

        public int FormMask { get; } = formMask;

        public int GroupSize { get; } = groupSize;

        public int YoungestAge { get; } = youngestAge;

        public int OldestAge { get; } = oldestAge;

        public int NeedsHigh { get; } = needs.High;

        public int NeedsLow { get; } = needs.Low;
    }
}
