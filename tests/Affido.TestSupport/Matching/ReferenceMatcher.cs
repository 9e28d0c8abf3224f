using Affido.Domain;
using System.Runtime.CompilerServices;
using Affido.Matching;
using Ardalis.Specification;

namespace Affido.TestSupport.Matching;

/// <summary>
/// The straightforward matcher over <see cref="FosterCarer"/> objects: filter with the hard filters' specifications
/// (<see cref="HardFilters.SpecificationOf"/>), score object by object, <c>OrderByDescending(score).ThenBy(code)</c>,
/// <c>Take</c>. The oracle of the tests and the baseline of the benchmarks; <see cref="CarerIndex"/> must return
/// exactly what this returns.
/// </summary>
/// <remarks>
/// Like <see cref="CarerIndex"/>, it assumes carer codes are unique and not blank, but, being the plain baseline, it
/// does not check them (<see cref="CarerIndex.Build"/> does, and rejects such a registry): given duplicates it still
/// answers, carers with equal scores and equal codes keeping their registry order.
/// </remarks>
public sealed class ReferenceMatcher
{
    /// <summary>The compiled specifications of the requests seen (compiling an expression costs far more than evaluating it).</summary>
    private static readonly ConditionalWeakTable<MatchRequest, List<(HardFilter Filter, Specification<FosterCarer> Specification)>> Compiled = [];

    private readonly CarerScorer scorer;

    /// <summary>Creates a matcher with validated <paramref name="options"/>.</summary>
    /// <param name="options">Weights and constants.</param>
    public ReferenceMatcher(MatchingOptions options) => scorer = new CarerScorer(options);

    /// <summary>A matcher with the default options.</summary>
    public static ReferenceMatcher Default { get; } = new(MatchingOptions.Default);

    /// <summary>The best <paramref name="top"/> eligible carers for a (valid) request, with the exclusion counts.</summary>
    /// <param name="carers">The registry.</param>
    /// <param name="request">The search.</param>
    /// <param name="top">How many candidates at most (≥ 0).</param>
    /// <returns>The result.</returns>
    public MatchResult Search(IEnumerable<FosterCarer> carers, MatchRequest request, int top)
    {
        ArgumentNullException.ThrowIfNull(carers);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentOutOfRangeException.ThrowIfNegative(top);
        var filters = Filters(request);
        int[] counts = new int[filters.Count];
        var all = carers.ToList();
        var eligible = all.Where(c =>
        {
            int failing = filters.FindIndex(f => !f.Specification.IsSatisfiedBy(c));
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
        var exclusions = filters.Select((f, i) => new ExclusionCount(f.Filter, counts[i])).ToValueArray();
        return new MatchResult(request.Id, candidates, exclusions, all.Count, eligible.Count);
    }

    /// <summary>Every filter <paramref name="carer"/> fails for <paramref name="request"/> (only consent, when that fails), or its score breakdown.</summary>
    /// <param name="carer">The carer.</param>
    /// <param name="request">The search.</param>
    /// <returns>The explanation.</returns>
    public MatchExplanation Explain(FosterCarer carer, MatchRequest request)
    {
        ArgumentNullException.ThrowIfNull(carer);
        ArgumentNullException.ThrowIfNull(request);
        var failing = Filters(request).Where(f => !f.Specification.IsSatisfiedBy(carer)).Select(f => f.Filter).ToValueArray();
        if (failing.Contains(HardFilter.Consent))
        {
            return new MatchExplanation(carer.Code, true, [HardFilter.Consent], null, default);
        }

        return failing.IsEmpty
            ? new MatchExplanation(carer.Code, true, failing, scorer.Score(request, carer), scorer.Breakdown(request, carer))
            : new MatchExplanation(carer.Code, true, failing, null, default);
    }

    /// <summary>The specification of every hard filter for <paramref name="request"/>, in order.</summary>
    /// <param name="request">The search.</param>
    /// <returns>The filters with their specifications (the same list for the same request object).</returns>
    public static List<(HardFilter Filter, Specification<FosterCarer> Specification)> Filters(MatchRequest request)
        => Compiled.GetValue(request, r => HardFilters.All.Select(f => (f.Filter, HardFilters.SpecificationOf(f.Filter, r))).ToList());
}
