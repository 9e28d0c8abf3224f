namespace Affido.Matching;

/// <summary>
/// The straightforward matcher over <see cref="FosterCarer"/> objects: filter with the specifications, score,
/// <c>OrderByDescending(score).ThenBy(code)</c>, <c>Take</c>. The oracle for tests and the benchmark baseline;
/// <see cref="CarerIndex"/> must return exactly what this returns.
/// </summary>
public sealed class ReferenceMatcher
{
    private readonly CarerScorer scorer;

    /// <summary>Creates a matcher with validated <paramref name="options"/>.</summary>
    /// <param name="options">Weights and constants.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> are invalid.</exception>
    public ReferenceMatcher(MatchingOptions options) => scorer = new CarerScorer(options);

    /// <summary>The best <paramref name="top"/> eligible carers for a (valid) request, with the exclusion counts.</summary>
    /// <param name="carers">The registry.</param>
    /// <param name="request">The search.</param>
    /// <param name="top">How many candidates at most (≥ 0).</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="top"/> is negative.</exception>
    public MatchResult Search(IEnumerable<FosterCarer> carers, MatchRequest request, int top)
    {
        ArgumentNullException.ThrowIfNull(carers);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentOutOfRangeException.ThrowIfNegative(top);
        var filters = MatchFilters.For(request);
        var counts = new int[filters.Count];
        var all = carers.ToList();
        var eligible = all.Where(c =>
        {
            int failing = IndexOfFirstFailing(filters, c);
            if (failing >= 0)
            {
                counts[failing]++;
            }

            return failing < 0;
        }).ToList();
        var candidates = eligible
            .Select(c => (Carer: c, Score: scorer.Score(request, c)))
            .OrderByDescending(x => x.Score)
            .ThenBy(x => x.Carer.Code.Value, StringComparer.Ordinal)
            .Take(top)
            .Select((x, i) => new MatchCandidate(i + 1, x.Carer.Code, x.Score, scorer.Breakdown(request, x.Carer)))
            .ToValueArray();
        var exclusions = filters.Select((f, i) => new ExclusionCount(f.ReasonCode, counts[i])).ToValueArray();
        return new MatchResult(request.Id, candidates, exclusions, all.Count, eligible.Count);
    }

    /// <summary>Every filter <paramref name="carer"/> fails for <paramref name="request"/>, or its score breakdown.</summary>
    /// <param name="carer">The carer.</param>
    /// <param name="request">The search.</param>
    /// <returns>The explanation.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public MatchExplanation Explain(FosterCarer carer, MatchRequest request)
    {
        ArgumentNullException.ThrowIfNull(carer);
        ArgumentNullException.ThrowIfNull(request);
        var failing = MatchFilters.For(request).Where(f => !f.IsSatisfiedBy(carer)).Select(f => f.ReasonCode).ToValueArray();
        return failing.IsEmpty
            ? new MatchExplanation(carer.Code, true, failing, scorer.Score(request, carer), scorer.Breakdown(request, carer))
            : new MatchExplanation(carer.Code, true, failing, null, default);
    }

    private static int IndexOfFirstFailing(IReadOnlyList<CarerFilter> filters, FosterCarer carer)
    {
        for (int i = 0; i < filters.Count; i++)
        {
            if (!filters[i].IsSatisfiedBy(carer))
            {
                return i;
            }
        }

        return -1;
    }
}
