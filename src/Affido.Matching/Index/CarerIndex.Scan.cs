using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Affido.Matching;

/// <summary>
/// The scan every search and the planner run: the hard filters over the columns, in two passes per block of carers.
/// </summary>
/// <remarks>
/// <para>Pass 1 computes, for every carer of a block, its failure mask on the filters that read one fixed-width column
/// value each (bits 0-6: consent to age range and needs), counts each carer under its
/// lowest set bit (its first failing filter in <see cref="HardFilter"/> order), and writes the rows that pass all seven
/// one after the other. It has no branch per carer. Where the processor has AVX2 (<see cref="VectorScan"/>) it takes
/// eight carers at a time in 256-bit registers (<see cref="FirstPassVector"/>); elsewhere one at a time
/// (<see cref="FirstPassScalar"/>). Both compute exactly <see cref="FixedWidthFailures"/> without its protection bit,
/// and a property checks that they give the same result.</para>
/// <para>Pass 2 takes the few rows left, in row order: the protection filter (bit 7, a table lookup by municipality,
/// the last of the fixed-width filters, so a carer failing it has passed bits 0-6 and is counted under it), then the
/// filters that read the relatives (bits 8-9), then scoring.</para>
/// </remarks>
public sealed partial class CarerIndex
{
    /// <summary>Whether pass 1 runs eight carers at a time (the processor has AVX2); tests compare it with the scalar pass.</summary>
    internal static readonly bool VectorScan = Avx2.IsSupported;

    /// <summary>Carers per block of the scan's first pass (the rows passing it are kept on the stack: 4 KB).</summary>
    private const int ScanBlock = 1024;

    /// <summary>The first-failure counters of pass 1: one per filter it computes, and one for the carers passing them all.</summary>
    private const int FirstPassSlots = (int)HardFilter.Protection + 1;

    /// <summary>The bit that sends a carer with no failure in pass 1 to the last slot.</summary>
    private const int PassedSlotBit = 1 << (FirstPassSlots - 1);

    /// <summary>A margin far above the rounding error of a weighted mean of nine terms, so pruning never drops a candidate.</summary>
    private const double PruneMargin = 1e-9;

    /// <summary>
    /// The hot loop, over rows <paramref name="start"/> to <paramref name="end"/> − 1 (a search can be split into
    /// partitions): pass 1 block by block, then pass 2 on the rows that passed it (see the type's remarks). Exclusions
    /// are added to <paramref name="excluded"/> under the first failing filter; what each eligible carer scores goes to
    /// <paramref name="sink"/>, which may raise a threshold below which a carer is not scored at all (see
    /// <see cref="ICandidateSink.Threshold"/>). Pass 1 uses <see cref="FirstPassVector"/> when <paramref name="vector"/>
    /// (callers pass <see cref="VectorScan"/>; a test passes false to check the scalar pass) and the processor has AVX2.
    /// Returns how many carers passed every hard filter.
    /// </summary>
    private int ScanRange<TSink>(CompiledRequest q, int start, int end, ref TSink sink, Span<int> excluded, bool vector)
        where TSink : struct, ICandidateSink
    {
        int eligible = 0;
        var scores = default(ScoreVector);
        bool readsRelatives = q.ReadsRelatives;
        var weights = q.Weights;
        double weightSum = weights.Sum;
        double originWeight = weights[Criterion.OriginProximity];
        double schoolWeight = weights[Criterion.SchoolProximity];
        double kinshipWeight = weights[Criterion.Kinship];
        double otherWeights = weightSum - originWeight - schoolWeight - kinshipWeight;
        ref byte protection = ref MemoryMarshal.GetArrayDataReference(q.ProtectionTable);
        ref int town = ref MemoryMarshal.GetArrayDataReference(municipality);
        Span<int> passed = stackalloc int[ScanBlock];
        Span<int> firstFailure = stackalloc int[FirstPassSlots];
        var vectorCounts = default(FirstPassCounts);
        bool useVector = vector && VectorScan;
        for (int blockStart = start; blockStart < end; blockStart += ScanBlock)
        {
            int blockEnd = Math.Min(blockStart + ScanBlock, end);
            int kept = useVector
                ? FirstPassVector(q.Bounds, blockStart, blockEnd, passed, ref vectorCounts, firstFailure)
                : FirstPassScalar(q.Bounds, blockStart, blockEnd, passed, firstFailure);

            // Pass 2: the few carers left, in row order.
            for (int k = 0; k < kept; k++)
            {
                int i = passed[k];
                int townId = Unsafe.Add(ref town, i);
                if (Unsafe.Add(ref protection, townId) != 0)
                {
                    excluded[(int)HardFilter.Protection]++;
                    continue;
                }

                int degree = 0;
                if (readsRelatives)
                {
                    int fail = RelativesFailures(i, q, out degree);
                    if (fail != 0)
                    {
                        excluded[BitOperations.TrailingZeroCount(fail)]++;
                        continue;
                    }
                }

                eligible++;
                double threshold = sink.Threshold;
                if (threshold > double.NegativeInfinity)
                {
                    // Prune: with the criteria not yet computed at their maximum (1), can this carer still reach the threshold?
                    double bound = (originWeight * q.OriginProximity(townId)) + (schoolWeight * q.SchoolProximity(townId))
                        + (kinshipWeight * CriterionFormulas.Kinship(degree == 0 ? null : degree)) + otherWeights;
                    if (bound / weightSum < threshold - PruneMargin)
                    {
                        continue;
                    }
                }

                Fill(i, q, degree, ref scores);
                sink.Offer(q.Weights.Total(ref scores), i);
            }
        }

        for (int f = 0; f < FirstPassSlots - 1; f++)
        {
            excluded[f] += firstFailure[f] + vectorCounts.Total(f);
        }

        return eligible;
    }

    /// <summary>
    /// Pass 1, one carer at a time: the failure mask on bits 0-6 of every carer of the block, counted under its first
    /// failing filter (the last slot: none), and the rows passing them all written to <paramref name="passed"/>.
    /// </summary>
    /// <returns>How many rows were written.</returns>
    private int FirstPassScalar(FilterBounds bounds, int blockStart, int blockEnd, Span<int> passed, Span<int> firstFailure)
    {
        ref byte flag = ref MemoryMarshal.GetArrayDataReference(flags);
        ref byte form = ref MemoryMarshal.GetArrayDataReference(formsAndArrangements);
        ref ushort place = ref MemoryMarshal.GetArrayDataReference(places);
        ref sbyte minimum = ref MemoryMarshal.GetArrayDataReference(minAge);
        ref sbyte maximum = ref MemoryMarshal.GetArrayDataReference(maxAge);
        ref ushort need = ref MemoryMarshal.GetArrayDataReference(acceptedNeeds);
        ref int fromDay = ref MemoryMarshal.GetArrayDataReference(availableFrom);
        ref int untilDay = ref MemoryMarshal.GetArrayDataReference(availableUntil);
        int kept = 0;
        for (int i = blockStart; i < blockEnd; i++)
        {
            int fail = FixedWidthFailures(
                bounds,
                Unsafe.Add(ref flag, i),
                Unsafe.Add(ref form, i),
                Unsafe.Add(ref place, i),
                Unsafe.Add(ref minimum, i),
                Unsafe.Add(ref maximum, i),
                Unsafe.Add(ref need, i),
                Unsafe.Add(ref fromDay, i),
                Unsafe.Add(ref untilDay, i),
                excludedPlace: 0);
            firstFailure[BitOperations.TrailingZeroCount(fail | PassedSlotBit)]++;
            passed[kept] = i;
            kept += 1 - NonZero(fail);
        }

        return kept;
    }

    /// <summary>
    /// Pass 1, eight carers at a time (AVX2): the same masks as <see cref="FirstPassScalar"/>, each column widened to
    /// 32-bit lanes as it is loaded, the first failures counted in <paramref name="counts"/> (lane by lane) and the rows
    /// passing all seven filters written to <paramref name="passed"/> in row order. The rows after the last whole group
    /// of eight go through <see cref="FirstPassScalar"/>.
    /// </summary>
    /// <returns>How many rows were written.</returns>
    private int FirstPassVector(FilterBounds bounds, int blockStart, int blockEnd, Span<int> passed, ref FirstPassCounts counts, Span<int> firstFailure)
    {
        ref byte flag = ref MemoryMarshal.GetArrayDataReference(flags);
        ref byte form = ref MemoryMarshal.GetArrayDataReference(formsAndArrangements);
        ref ushort place = ref MemoryMarshal.GetArrayDataReference(places);
        ref sbyte minimum = ref MemoryMarshal.GetArrayDataReference(minAge);
        ref sbyte maximum = ref MemoryMarshal.GetArrayDataReference(maxAge);
        ref ushort need = ref MemoryMarshal.GetArrayDataReference(acceptedNeeds);
        ref int fromDay = ref MemoryMarshal.GetArrayDataReference(availableFrom);
        ref int untilDay = ref MemoryMarshal.GetArrayDataReference(availableUntil);
        ref int written = ref MemoryMarshal.GetReference(passed);

        var zero = Vector256<int>.Zero;
        var one = Vector256<int>.One;
        var statusMask = Vector256.Create(bounds.StatusMask);
        var startDay = Vector256.Create(bounds.StartDay);
        var formMask = Vector256.Create(bounds.FormMask);
        var groupSize = Vector256.Create(bounds.GroupSize);
        var youngest = Vector256.Create(bounds.YoungestAge);
        var oldest = Vector256.Create(bounds.OldestAge);
        var needsHigh = Vector256.Create(bounds.NeedsHigh);
        var needsLow = Vector256.Create(bounds.NeedsLow);
        var statusBit = Vector256.Create(1 << (int)HardFilter.Status);
        var availabilityBit = Vector256.Create(1 << (int)HardFilter.Availability);
        var formBit = Vector256.Create(1 << (int)HardFilter.FormAndArrangement);
        var placesBit = Vector256.Create(1 << (int)HardFilter.Places);
        var ageBit = Vector256.Create(1 << (int)HardFilter.AgeRange);
        var needsBit = Vector256.Create(1 << (int)HardFilter.Needs);

        var consentCount = counts.Consent;
        var statusCount = counts.Status;
        var availabilityCount = counts.Availability;
        var formCount = counts.FormAndArrangement;
        var placesCount = counts.Places;
        var ageCount = counts.AgeRange;
        var needsCount = counts.Needs;

        int kept = 0;
        int i = blockStart;
        for (; i <= blockEnd - Vector256<int>.Count; i += Vector256<int>.Count)
        {
            var flagBits = Avx2.ConvertToVector256Int32(Bytes(ref Unsafe.Add(ref flag, i)));
            var formBits = Avx2.ConvertToVector256Int32(Bytes(ref Unsafe.Add(ref form, i)));
            var freePlaces = Avx2.ConvertToVector256Int32(Vector128.LoadUnsafe(ref Unsafe.Add(ref place, i)));
            var minimumAge = Avx2.ConvertToVector256Int32(Bytes(ref Unsafe.As<sbyte, byte>(ref Unsafe.Add(ref minimum, i))).AsSByte());
            var maximumAge = Avx2.ConvertToVector256Int32(Bytes(ref Unsafe.As<sbyte, byte>(ref Unsafe.Add(ref maximum, i))).AsSByte());
            var needs = Avx2.ConvertToVector256Int32(Vector128.LoadUnsafe(ref Unsafe.Add(ref need, i)));
            var from = Vector256.LoadUnsafe(ref Unsafe.Add(ref fromDay, i));
            var until = Vector256.LoadUnsafe(ref Unsafe.Add(ref untilDay, i));
            var anyNeed = needs | Vector256.ShiftRightLogical(needs, 1);

            var fail = Vector256.AndNot(one, Vector256.ShiftRightLogical(flagBits, ConsentedShift))
                | (Vector256.Equals(flagBits & statusMask, zero) & statusBit)
                | ((Vector256.GreaterThan(from, startDay) | Vector256.GreaterThan(startDay, until)) & availabilityBit)
                | Vector256.AndNot(formBit, Vector256.Equals(formBits & formMask, formMask))
                | (Vector256.GreaterThan(groupSize, freePlaces) & placesBit)
                | ((Vector256.GreaterThan(minimumAge, youngest) | Vector256.GreaterThan(oldest, maximumAge)) & ageBit)
                | Vector256.AndNot(needsBit, Vector256.Equals(needs & needsHigh, needsHigh) & Vector256.Equals(anyNeed & needsLow, needsLow));

            // Each lane's first failing filter is its lowest set bit; a comparison gives -1 where it matches.
            var lowest = fail & (zero - fail);
            consentCount -= Vector256.Equals(lowest, one);
            statusCount -= Vector256.Equals(lowest, statusBit);
            availabilityCount -= Vector256.Equals(lowest, availabilityBit);
            formCount -= Vector256.Equals(lowest, formBit);
            placesCount -= Vector256.Equals(lowest, placesBit);
            ageCount -= Vector256.Equals(lowest, ageBit);
            needsCount -= Vector256.Equals(lowest, needsBit);

            uint passing = Vector256.Equals(fail, zero).ExtractMostSignificantBits();
            while (passing != 0)
            {
                Unsafe.Add(ref written, kept++) = i + BitOperations.TrailingZeroCount(passing);
                passing &= passing - 1;
            }
        }

        counts = new FirstPassCounts(consentCount, statusCount, availabilityCount, formCount, placesCount, ageCount, needsCount);
        return i < blockEnd ? kept + FirstPassScalar(bounds, i, blockEnd, passed[kept..], firstFailure) : kept;
    }

    /// <summary>Eight bytes from <paramref name="source"/> in the low half of a 128-bit register (reads exactly eight bytes).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<byte> Bytes(ref byte source) => Vector128.CreateScalarUnsafe(Unsafe.ReadUnaligned<ulong>(ref source)).AsByte();

    /// <summary>The first-failure counts of <see cref="FirstPassVector"/>, lane by lane, one vector per filter of pass 1.</summary>
    private readonly struct FirstPassCounts(
        Vector256<int> consent,
        Vector256<int> status,
        Vector256<int> availability,
        Vector256<int> formAndArrangement,
        Vector256<int> places,
        Vector256<int> ageRange,
        Vector256<int> needs)
    {
        public Vector256<int> Consent { get; } = consent;

        public Vector256<int> Status { get; } = status;

        public Vector256<int> Availability { get; } = availability;

        public Vector256<int> FormAndArrangement { get; } = formAndArrangement;

        public Vector256<int> Places { get; } = places;

        public Vector256<int> AgeRange { get; } = ageRange;

        public Vector256<int> Needs { get; } = needs;

        /// <summary>The count of filter <paramref name="filter"/> (0-6), all lanes added.</summary>
        public int Total(int filter) => Vector256.Sum(filter switch
        {
            (int)HardFilter.Consent => Consent,
            (int)HardFilter.Status => Status,
            (int)HardFilter.Availability => Availability,
            (int)HardFilter.FormAndArrangement => FormAndArrangement,
            (int)HardFilter.Places => Places,
            (int)HardFilter.AgeRange => AgeRange,
            _ => Needs,
        });
    }
}
