using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Affido.Matching;

/// <summary>
/// An immutable, columnar snapshot of the carer registry for fast top-k search: one array per attribute
/// (structure of arrays), bit sets for forms, arrangements, languages and backgrounds (dictionary-encoded), packed
/// need levels, municipalities as small integer keys, dates as day numbers.
/// </summary>
/// <remarks>
/// <para>Built once with <see cref="Build"/>; never changes afterwards, so any number of threads may search it at
/// the same time without locks (<see cref="WithCarer"/> and <see cref="WithoutCarer"/> give a new snapshot and leave
/// this one as it is). A search scans every carer once, on the calling thread unless a degree of parallelism is given,
/// allocating nothing per carer:
/// per-request tables (municipality scores, age thresholds) are computed once, and the best candidates are kept in
/// a bounded heap of size <c>top</c>.</para>
/// <para>The hard filters are those of the table <see cref="HardFilters"/>, applied in <see cref="HardFilter"/> order
/// (exclusions counted under the first failing filter), with the same conditions as <see cref="HardFilters.Prefilter"/>;
/// the soft criteria those of <see cref="SoftCriteria"/>, with the formulas of docs/matching.md; the order is score
/// descending, then <see cref="CarerCode"/> ordinal. Carer codes must be unique and not blank: <see cref="Build"/>
/// rejects a registry that breaks this, so a code names exactly one row (for <see cref="Explain"/> and the planner).</para>
/// <para>The index keeps no reference to the caller's objects: carer codes are copied into one compact buffer (one
/// byte a character when all codes are ASCII, UTF-16 otherwise) with an offset per carer, ties are broken by comparing
/// those buffers ordinally, and a code string is created only for the candidates and explanations returned.</para>
/// </remarks>
public sealed partial class CarerIndex
{
    private const byte Approved = 1;
    private const byte InAssessment = 2;
    private const int ConsentedShift = 2;
    private const byte Consented = 1 << ConsentedShift;
    private const int ArrangementShift = 5;

    private readonly MatchingOptions options;
    private readonly CodeColumn codes;
    private readonly byte[] flags;
    private readonly byte[] formsAndArrangements;
    private readonly ushort[] places;
    private readonly sbyte[] minAge;
    private readonly sbyte[] maxAge;
    private readonly ushort[] acceptedNeeds;
    private readonly int[] availableFrom;
    private readonly int[] availableUntil;
    private readonly int[] municipality;
    private readonly Municipality[] municipalities;
    private readonly TagColumn languages;
    private readonly TagColumn backgrounds;
    private readonly ushort[] previousPlacements;
    private readonly ushort[] trainingHours;
    private readonly int[] youngestChild;
    private readonly int[] waitingSince;
    private readonly int[] relativesStart;
    private readonly int[] relativePerson;
    private readonly byte[] relativeDegree;
    private readonly Dictionary<string, int> persons;

    /// <summary>The number of carers in the snapshot.</summary>
    public int Count => flags.Length;

    /// <summary>The options the index scores with.</summary>
    public MatchingOptions Options => options;

    /// <summary>
    /// An estimate, in bytes, of all the memory the index keeps alive once the caller has dropped the registry (64-bit
    /// runtime): every column array with its header; the carer-code buffer and its offsets; the language and
    /// background columns with their value dictionaries, value strings and overflow table; the person dictionary with
    /// its key strings; the distinct <see cref="Municipality"/> objects with their name and ISTAT-code strings
    /// (<see cref="Province"/> objects, shared by many municipalities, are not counted); the index object itself.
    /// Dictionaries are counted at their actual capacity (buckets and entries). The options object and per-search
    /// allocations are not counted.
    /// </summary>
    public long EstimatedBytes { get; }

    /// <summary>Builds the snapshot of <paramref name="carers"/> with <paramref name="options"/> (defaults when null).</summary>
    /// <param name="carers">The registry.</param>
    /// <param name="options">Weights and constants of the soft criteria.</param>
    /// <returns>The index.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="carers"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> are invalid; or a carer's code is blank; or two
    /// carers have the same code (the message names the first code found a second time, in registry order); or a
    /// carer lacks a member the index reads (its municipality with province and region, household, availability with
    /// its age range, experience, a relative), or has coordinates that are not finite degrees in range: the message
    /// names the carer's code and the member.</exception>
    /// <remarks>Any date NodaTime holds is accepted (the index stores day numbers that cover them all).</remarks>
    public static CarerIndex Build(IEnumerable<FosterCarer> carers, MatchingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(carers);
        var validated = OptionsGuard.Validated(options ?? MatchingOptions.Default);
        var list = carers as IReadOnlyList<FosterCarer> ?? carers.ToArray();
        return new CarerIndex(list, validated);
    }

    private CarerIndex(IReadOnlyList<FosterCarer> carers, MatchingOptions options)
    {
        this.options = options;
        int n = carers.Count;
        string[] codeValues = new string[n];
        var seenCodes = new HashSet<string>(n, StringComparer.Ordinal);
        flags = new byte[n];
        formsAndArrangements = new byte[n];
        places = new ushort[n];
        minAge = new sbyte[n];
        maxAge = new sbyte[n];
        acceptedNeeds = new ushort[n];
        availableFrom = new int[n];
        availableUntil = new int[n];
        municipality = new int[n];
        previousPlacements = new ushort[n];
        trainingHours = new ushort[n];
        youngestChild = new int[n];
        waitingSince = new int[n];
        relativesStart = new int[n + 1];
        persons = new Dictionary<string, int>(StringComparer.Ordinal);
        var writer = new RowWriter([], persons, new TagColumn.Builder(n), new TagColumn.Builder(n));

        for (int i = 0; i < n; i++)
        {
            var carer = carers[i] ?? throw new ArgumentNullException(nameof(carers), "The registry contains a null carer.");
            if (carer.Code.IsEmpty)
            {
                throw new ArgumentException($"The carer at position {i} of the registry has a blank code.", nameof(carers));
            }

            if (!seenCodes.Add(carer.Code.Value))
            {
                throw new ArgumentException(
                    $"The carer code '{carer.Code.Value}' occurs more than once in the registry (again at position {i}).", nameof(carers));
            }

            CarerChecks.Readable(carer, i, nameof(carers));
            codeValues[i] = carer.Code.Value;
            relativesStart[i] = writer.RelativePersons.Count;
            WriteRow(i, carer, writer);
        }

        relativesStart[n] = writer.RelativePersons.Count;
        relativePerson = [.. writer.RelativePersons];
        relativeDegree = [.. writer.RelativeDegrees];
        municipalities = [.. writer.Municipalities];
        languages = writer.Languages.Build();
        backgrounds = writer.Backgrounds.Build();
        codes = CodeColumn.Build(codeValues);
        persons.TrimExcess();
        EstimatedBytes = Estimate();
    }

    /// <summary>
    /// Writes the columns of row <paramref name="i"/> from <paramref name="carer"/> (already checked with
    /// <see cref="CarerChecks.Readable"/>); its relatives within the 4th degree are appended to the writer's lists. The
    /// one place that encodes a carer, for <see cref="Build"/> and for <see cref="WithCarer"/>.
    /// </summary>
    private void WriteRow(int i, FosterCarer carer, RowWriter writer)
    {
        var availability = carer.Availability;
        flags[i] = (byte)((carer.Status == AssessmentStatus.Approved ? Approved : 0)
            | (carer.Status == AssessmentStatus.InAssessment ? InAssessment : 0)
            | (carer.DataProcessingConsent is not null ? Consented : 0));
        int formBits = 0;
        foreach (var form in availability.Forms)
        {
            formBits |= FormBit(form);
        }

        foreach (var arrangement in availability.Arrangements)
        {
            formBits |= ArrangementBit(arrangement);
        }

        formsAndArrangements[i] = (byte)formBits;
        places[i] = (ushort)Math.Clamp(availability.Places, 0, ushort.MaxValue);
        minAge[i] = (sbyte)Math.Clamp(availability.Ages.MinYears, -1, sbyte.MaxValue);
        maxAge[i] = (sbyte)Math.Clamp(availability.Ages.MaxYears, -1, sbyte.MaxValue);
        acceptedNeeds[i] = availability.AcceptedNeeds.Packed;
        availableFrom[i] = DayNumbers.Of(availability.From);
        availableUntil[i] = availability.Until is { } until ? DayNumbers.Of(until) : int.MaxValue;
        municipality[i] = writer.PlaceId(carer.Municipality);

        var tags = writer.Tags;
        tags.Clear();
        foreach (var language in carer.Languages)
        {
            tags.Add(language.Value);
        }

        writer.Languages.Set(i, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tags));
        tags.Clear();
        foreach (var background in carer.Backgrounds)
        {
            tags.Add(background.Value);
        }

        writer.Backgrounds.Set(i, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tags));

        previousPlacements[i] = (ushort)Math.Clamp(carer.Experience.PreviousPlacements, 0, ushort.MaxValue);
        trainingHours[i] = (ushort)Math.Clamp(carer.Experience.TrainingHours, 0, ushort.MaxValue);
        int youngest = int.MinValue;
        foreach (var birth in carer.Household.ChildrenBirthDates)
        {
            youngest = Math.Max(youngest, DayNumbers.Of(birth));
        }

        youngestChild[i] = youngest;
        waitingSince[i] = DayNumbers.Of(carer.WaitingSince);

        foreach (var relative in carer.Relatives)
        {
            if (!relative.IsWithinFourthDegree || relative.Person.Value is null)
            {
                continue;
            }

            if (!writer.Persons.TryGetValue(relative.Person.Value, out int personId))
            {
                personId = writer.Persons.Count;
                writer.Persons.Add(relative.Person.Value, personId);
            }

            writer.RelativePersons.Add(personId);
            writer.RelativeDegrees.Add((byte)relative.Degree);
        }
    }

    /// <summary>What <see cref="EstimatedBytes"/> reports, computed once: see there for what is counted.</summary>
    private long Estimate()
    {
        long bytes = MemorySizes.ObjectHeader + (24 * sizeof(long))
            + codes.EstimatedBytes
            + MemorySizes.Array(flags.LongLength, sizeof(byte))
            + MemorySizes.Array(formsAndArrangements.LongLength, sizeof(byte))
            + MemorySizes.Array(places.LongLength, sizeof(ushort))
            + MemorySizes.Array(minAge.LongLength, sizeof(sbyte))
            + MemorySizes.Array(maxAge.LongLength, sizeof(sbyte))
            + MemorySizes.Array(acceptedNeeds.LongLength, sizeof(ushort))
            + MemorySizes.Array(availableFrom.LongLength, sizeof(int))
            + MemorySizes.Array(availableUntil.LongLength, sizeof(int))
            + MemorySizes.Array(municipality.LongLength, sizeof(int))
            + MemorySizes.Array(municipalities.LongLength, sizeof(long))
            + languages.EstimatedBytes
            + backgrounds.EstimatedBytes
            + MemorySizes.Array(previousPlacements.LongLength, sizeof(ushort))
            + MemorySizes.Array(trainingHours.LongLength, sizeof(ushort))
            + MemorySizes.Array(youngestChild.LongLength, sizeof(int))
            + MemorySizes.Array(waitingSince.LongLength, sizeof(int))
            + MemorySizes.Array(relativesStart.LongLength, sizeof(int))
            + MemorySizes.Array(relativePerson.LongLength, sizeof(int))
            + MemorySizes.Array(relativeDegree.LongLength, sizeof(byte))
            + MemorySizes.Dictionary(persons, 24);
        foreach (string person in persons.Keys)
        {
            bytes += MemorySizes.String(person);
        }

        foreach (var place in municipalities)
        {
            // The record: header, code, name and province references, nullable district and location (about 96 bytes).
            bytes += 96 + MemorySizes.String(place.Code.Value) + MemorySizes.String(place.Name);
        }

        return bytes;
    }

    /// <summary>
    /// The best <paramref name="top"/> carers for a request, with their score breakdown, and how many carers each hard
    /// filter excluded (each counted under the first filter it fails, in <see cref="HardFilter"/> order).
    /// </summary>
    /// <param name="request">The search; validate it first with <see cref="MatchRequestValidator"/>.</param>
    /// <param name="top">How many candidates at most (≥ 0).</param>
    /// <returns>The candidates, best first (ties by <see cref="CarerCode"/> ordinal), and the exclusion counts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="request"/> lacks what a search needs (a minor, a duration, a
    /// date in <see cref="SupportedDates"/>...): the message names the member and the validator's code for it.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="top"/> is negative.</exception>
    public MatchResult Search(MatchRequest request, int top)
    {
        RequestGuard.Validated(request, nameof(request));
        ArgumentOutOfRangeException.ThrowIfNegative(top);
        return SearchSingleThreaded(request, top, VectorScan);
    }

    /// <summary>The single-threaded search, with pass 1 vectorised or not (<paramref name="vector"/>; tests compare the two).</summary>
    internal MatchResult SearchSingleThreaded(MatchRequest request, int top, bool vector)
    {
        var q = Compile(request);
        var heap = new TopHeap(Math.Min(top, Count), codes);
        Span<int> excluded = stackalloc int[HardFilters.Count];
        int eligible = ScanRange(q, 0, Count, ref heap, excluded, vector);
        return Result(request, q, ref heap, excluded, eligible);
    }

    /// <summary>
    /// <see cref="Search(MatchRequest, int)"/> with the scan split over up to <paramref name="degreeOfParallelism"/>
    /// threads: the same result, candidate for candidate (ties included), exclusion counts and all.
    /// </summary>
    /// <param name="request">The search; validate it first with <see cref="MatchRequestValidator"/>.</param>
    /// <param name="top">How many candidates at most (≥ 0).</param>
    /// <param name="degreeOfParallelism">
    /// The most threads the scan may use (≥ 1; 1 is <see cref="Search(MatchRequest, int)"/>). The carers are cut into
    /// chunks of 16,384, which the threads take one at a time until none is left (a thread that starts late or is
    /// interrupted scans fewer); the threads offer to one best <paramref name="top"/> and keep their own counts, which
    /// are added up.
    /// An index of fewer than 32,768 carers is scanned on the calling thread whatever the degree.
    /// </param>
    /// <returns>Exactly what <see cref="Search(MatchRequest, int)"/> returns.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="request"/> lacks what a search needs: the message names the member.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="top"/> is negative, or <paramref name="degreeOfParallelism"/> is 0 or negative.</exception>
    public MatchResult Search(MatchRequest request, int top, int degreeOfParallelism)
    {
        RequestGuard.Validated(request, nameof(request));
        ArgumentOutOfRangeException.ThrowIfNegative(top);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(degreeOfParallelism);
        return SearchPartitioned(request, top, degreeOfParallelism, ParallelChunk);
    }

    /// <summary>The carers in a chunk of a parallel search (tests lower it to split small indexes).</summary>
    internal const int ParallelChunk = 1 << 14;

    /// <summary>
    /// The parallel search: the carers cut into chunks of <paramref name="chunkSize"/>, which up to
    /// <paramref name="degreeOfParallelism"/> threads take one at a time until none is left, each with its own counts,
    /// all reading one compiled request and offering to one heap. Taking chunks instead of one fixed share each keeps
    /// both threads busy to the end when one starts late (a thread-pool thread waking up) or is interrupted (the other
    /// takes the chunks it would have scanned). The request's proximity tables (the only state a scan would otherwise
    /// fill as it goes) are filled by the first thread to start while the others wake up, and the others wait for them
    /// (<see cref="ProximityFill"/>), so that the scan only reads them. The threads offer to one heap
    /// (<see cref="SharedTopHeap"/>), so that each prunes with everything scored so far and together they score about
    /// as few carers as one thread does; the order (score, then code) is total, so the heap ends with the
    /// single-threaded result whichever thread offered what first.
    /// </summary>
    internal MatchResult SearchPartitioned(MatchRequest request, int top, int degreeOfParallelism, int chunkSize)
    {
        var q = Compile(request);
        int capacity = Math.Min(top, Count);
        chunkSize = Math.Max(1, chunkSize);
        int chunks = (int)(((long)Count + chunkSize - 1) / chunkSize);
        int workers = Math.Min(degreeOfParallelism, chunks);
        Span<int> excluded = stackalloc int[HardFilters.Count];
        if (workers <= 1 || Count < 2 * chunkSize)
        {
            var single = new TopHeap(capacity, codes);
            int found = ScanRange(q, 0, Count, ref single, excluded, VectorScan);
            return Result(request, q, ref single, excluded, found);
        }

        var best = new SharedTopHeap(new TopHeap(capacity, codes));
        int[] counts = new int[workers * HardFilters.Count];
        int[] eligibleIn = new int[workers];
        var claimed = new ChunkCounter();
        var proximity = new ProximityFill(q);
        Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, w =>
        {
            proximity.FillOrAwait();

            // The counts live on this thread's stack during the scan and are stored once at the end: written in place
            // in the shared array, the threads' counters would share cache lines (false sharing).
            var sink = new SharedSink(best);
            Span<int> threadCounts = stackalloc int[HardFilters.Count];
            int eligible = 0;
            for (int chunk = claimed.Next(); chunk < chunks; chunk = claimed.Next())
            {
                int start = chunk * chunkSize;
                eligible += ScanRange(q, start, (int)Math.Min((long)start + chunkSize, Count), ref sink, threadCounts, VectorScan);
            }

            eligibleIn[w] = eligible;
            threadCounts.CopyTo(counts.AsSpan(w * HardFilters.Count, HardFilters.Count));
        });

        int eligibleCarers = 0;
        for (int w = 0; w < workers; w++)
        {
            eligibleCarers += eligibleIn[w];
            for (int f = 0; f < HardFilters.Count; f++)
            {
                excluded[f] += counts[(w * HardFilters.Count) + f];
            }
        }

        return Result(request, q, ref best.Heap, excluded, eligibleCarers);
    }

    /// <summary>
    /// The proximity tables of a parallel search, filled by the first thread to start while the others wake up (a
    /// pool thread takes from tens of microseconds to a millisecond to wake, about what the fill takes), and awaited by
    /// the others before they scan, since the scan must only read them.
    /// </summary>
    private sealed class ProximityFill(CompiledRequest request)
    {
        private int claimed;
        private volatile bool done;

        /// <summary>Fills the tables if no thread has started to, or waits (spinning, without sleeping) until they are filled.</summary>
        public void FillOrAwait()
        {
            if (Interlocked.Exchange(ref claimed, 1) == 0)
            {
                try
                {
                    request.FillProximity();
                }
                finally
                {
                    // Set even if the fill failed, so that no thread waits forever; Parallel.For then throws the failure.
                    done = true;
                }

                return;
            }

            var spin = default(SpinWait);
            while (!done)
            {
                spin.SpinOnce(sleep1Threshold: -1);
            }
        }
    }

    /// <summary>The next chunk of a parallel search to scan, handed out once each across threads.</summary>
    private sealed class ChunkCounter
    {
        private int next = -1;

        /// <summary>The next chunk's number (past the last chunk once all are taken).</summary>
        public int Next() => Interlocked.Increment(ref next);
    }

    /// <summary>
    /// The one heap of best carers that all the threads of a parallel search offer to, so that each prunes with the
    /// threshold of every carer scored so far, as a single thread does (with a heap each, a thread pruned only with the
    /// best of its own half, and two threads together scored nearly twice as many carers as one thread). Most
    /// offers score under the threshold and are turned away by one read of it, without the lock; the lock is taken
    /// only by the few that may enter (ties included). The threshold only rises, so a stale read lets an offer through
    /// to the lock, never turns away one that could enter. The heap keeps the best <c>top</c> under a total order
    /// (score, then code), so what it holds at the end does not depend on the order of the offers.
    /// </summary>
    private sealed class SharedTopHeap(TopHeap heap)
    {
        private readonly object gate = new();

        /// <summary>The heap's threshold, republished after every change of the heap.</summary>
        private readonly PaddedDouble threshold = new(heap.Threshold);

        /// <summary>The heap; read it once the scan is over (the offers change it under the lock).</summary>
        public TopHeap Heap = heap;

        /// <summary>The score a carer must reach to enter (−∞ until the heap is full).</summary>
        public double Threshold => threshold.Read();

        /// <summary>Offers a carer, taking the lock only when it may enter.</summary>
        public void Offer(double score, int row)
        {
            if (score < threshold.Read())
            {
                return;
            }

            lock (gate)
            {
                Heap.Offer(score, row);
                threshold.Write(Heap.Threshold);
            }
        }
    }

    /// <summary>
    /// A double on a cache line of its own: every eligible carer of every thread reads the shared threshold, and a write
    /// to anything next to it (an object allocated just before or after) would make each of those reads a cache miss.
    /// </summary>
    [StructLayout(LayoutKind.Explicit, Size = 2 * CacheLine)]
    private sealed class PaddedDouble(double value)
    {
        private const int CacheLine = 64;

        [FieldOffset(CacheLine)]
        private double value = value;

        public double Read() => Volatile.Read(ref value);

        public void Write(double newValue) => Volatile.Write(ref value, newValue);
    }

    /// <summary>A thread's handle on the <see cref="SharedTopHeap"/> of a parallel search.</summary>
    private readonly struct SharedSink(SharedTopHeap heap) : ICandidateSink
    {
        /// <inheritdoc/>
        public double Threshold => heap.Threshold;

        /// <inheritdoc/>
        public void Offer(double score, int row) => heap.Offer(score, row);
    }

    /// <summary>
    /// Why (not) <paramref name="carer"/>: every hard filter it fails, in <see cref="HardFilter"/> order, or, when it
    /// passes them all, its score and breakdown (exactly what <see cref="Search(MatchRequest, int)"/> would report). A carer without consent
    /// to data processing is only said to fail <see cref="HardFilter.Consent"/>: nothing else about it is processed.
    /// </summary>
    /// <param name="request">The search; validate it first with <see cref="MatchRequestValidator"/>.</param>
    /// <param name="carer">The carer asked about (found by a linear scan of the codes).</param>
    /// <returns>The explanation; <see cref="MatchExplanation.IsInRegistry"/> is false when no carer has that code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="request"/> lacks what a search needs: the message names the member.</exception>
    public MatchExplanation Explain(MatchRequest request, CarerCode carer)
    {
        RequestGuard.Validated(request, nameof(request));
        int row = carer.IsEmpty ? -1 : codes.IndexOf(carer.Value);
        if (row < 0)
        {
            return new MatchExplanation(carer, false, default, null, default);
        }

        var q = Compile(request);
        int failures = FixedWidthFailuresAt(row, q);
        if ((failures & ConsentBit) != 0)
        {
            return new MatchExplanation(carer, true, [HardFilter.Consent], null, default);
        }

        failures |= RelativesFailures(row, q, out int degree);
        if (failures != 0)
        {
            var failed = HardFilters.All.Where(f => (failures & f.Bit) != 0).Select(f => f.Filter).ToValueArray();
            return new MatchExplanation(carer, true, failed, null, default);
        }

        var scores = default(ScoreVector);
        Fill(row, q, degree, ref scores);
        return new MatchExplanation(carer, true, default, q.Weights.Total(ref scores), q.Weights.Breakdown(ref scores));
    }

    private MatchResult Result(MatchRequest request, CompiledRequest q, ref TopHeap heap, ReadOnlySpan<int> excluded, int eligible)
    {
        var rows = heap.SortedRows();
        var candidates = new MatchCandidate[rows.Length];
        var scores = default(ScoreVector);
        for (int r = 0; r < rows.Length; r++)
        {
            int row = rows[r].Row;
            Fill(row, q, KinshipDegree(row, q), ref scores);
            candidates[r] = new MatchCandidate(r + 1, new CarerCode(codes[row]), rows[r].Score, q.Weights.Breakdown(ref scores));
        }

        var exclusions = new ExclusionCount[HardFilters.Count];
        foreach (var filter in HardFilters.All)
        {
            exclusions[(int)filter.Filter] = new ExclusionCount(filter.Filter, excluded[(int)filter.Filter]);
        }

        return new MatchResult(request.Id, ValueArray.Create<MatchCandidate>(candidates), ValueArray.Create<ExclusionCount>(exclusions), Count, eligible);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Fill(int i, CompiledRequest q, int degree, ref ScoreVector scores)
    {
        int place = municipality[i];
        scores[(int)Criterion.OriginProximity] = q.OriginProximity(place);
        scores[(int)Criterion.SchoolProximity] = q.SchoolProximity(place);
        scores[(int)Criterion.Language] = CriterionFormulas.Overlap(languages.Matches(i, q.Languages), q.Languages.Requested);
        scores[(int)Criterion.Background] = CriterionFormulas.Overlap(backgrounds.Matches(i, q.Backgrounds), q.Backgrounds.Requested);
        scores[(int)Criterion.Experience] = CriterionFormulas.Experience(
            previousPlacements[i], trainingHours[i], options.ExperiencePlacementsCap, options.ExperienceTrainingHoursCap);
        scores[(int)Criterion.HouseholdFit] = q.HouseholdFit(youngestChild[i]);
        int until = availableUntil[i];
        scores[(int)Criterion.DurationAvailability] = CriterionFormulas.DurationCover(q.StartDay, q.EndDay, until == int.MaxValue ? null : until);
        scores[(int)Criterion.Kinship] = CriterionFormulas.Kinship(degree == 0 ? null : degree);
        scores[(int)Criterion.WaitingTime] = CriterionFormulas.WaitingTime((long)q.StartDay - waitingSince[i], options.WaitingTimeCapDays);
    }

    private static int FormBit(PlacementForm form) => (uint)form <= (uint)PlacementForm.SolidarityNeighbourhood ? 1 << (int)form : 0;

    private static int ArrangementBit(TimeArrangement arrangement)
        => (uint)arrangement <= (uint)TimeArrangement.PartTime ? 1 << (ArrangementShift + (int)arrangement) : 0;
}
