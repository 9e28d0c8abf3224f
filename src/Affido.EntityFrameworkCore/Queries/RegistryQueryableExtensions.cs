using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;

namespace Affido.EntityFrameworkCore;

/// <summary>
/// Searches a registry kept in a database: the hard filters run in SQL (<see cref="CarerPreFilter"/>), only the carers
/// that pass them are read, and a <see cref="CarerIndex"/> ranks those.
/// </summary>
public static class RegistryQueryableExtensions
{
    private static readonly MethodInfo CountWhere = typeof(Enumerable).GetMethods()
        .Single(m => m.Name == nameof(Enumerable.Count) && m.GetParameters().Length == 2)
        .MakeGenericMethod(typeof(FosterCarer));

    private static readonly MethodInfo CountAll = typeof(Enumerable).GetMethods()
        .Single(m => m.Name == nameof(Enumerable.Count) && m.GetParameters().Length == 1)
        .MakeGenericMethod(typeof(FosterCarer));

    /// <summary>
    /// A <see cref="CarerIndex"/> of the carers <paramref name="carers"/> selects, streamed from the database without
    /// tracking (see <see cref="CarerIndex.BuildAsync"/>).
    /// </summary>
    /// <param name="carers">The registry or a query over it, e.g. <c>db.Carers</c> or <c>db.Carers.WithSpecification(filter)</c>.</param>
    /// <param name="options">Weights and constants of the soft criteria; the defaults when null.</param>
    /// <param name="progress">Receives the number of carers read; may be null.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <returns>The index.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="carers"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> are invalid.</exception>
    /// <exception cref="OperationCanceledException">Cancelled while reading.</exception>
    public static Task<CarerIndex> BuildIndexAsync(
        this IQueryable<FosterCarer> carers,
        MatchingOptions? options = null,
        IProgress<CarerIndexBuildProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(carers);
        return CarerIndex.BuildAsync(carers.AsNoTracking().AsAsyncEnumerable(), options, progress, cancellationToken);
    }

    /// <summary>
    /// The best <paramref name="top"/> carers for <paramref name="request"/>, with the hard filters run in SQL: the
    /// same result as <c>CarerIndex.Build(every carer).Search(request, top)</c> (candidates, scores, exclusion counts,
    /// carers scanned and eligible) while reading only the eligible carers. Two queries: the pre-filtered carers, and
    /// one aggregate that counts, per filter, the carers it excludes first.
    /// </summary>
    /// <param name="carers">The registry, e.g. <c>db.Carers</c>.</param>
    /// <param name="request">The search; validate it first with <see cref="MatchRequestValidator"/>.</param>
    /// <param name="top">How many candidates at most (≥ 0).</param>
    /// <param name="options">Weights and constants of the soft criteria; the defaults when null.</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="carers"/> or <paramref name="request"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="top"/> is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> are invalid.</exception>
    public static async Task<MatchResult> SearchAsync(
        this IQueryable<FosterCarer> carers,
        MatchRequest request,
        int top,
        MatchingOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(carers);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentOutOfRangeException.ThrowIfNegative(top);
        var filter = new CarerPreFilter(request);
        var index = await carers.WithSpecification(filter).BuildIndexAsync(options, null, cancellationToken).ConfigureAwait(false);
        var ranked = index.Search(request, top);
        var (scanned, exclusions) = await CountExclusionsAsync(carers, filter, cancellationToken).ConfigureAwait(false);
        return ranked with { Exclusions = exclusions, Scanned = scanned };
    }

    /// <summary>
    /// How many carers each hard filter excludes first (in the order of <see cref="HardFilters.All"/>, as a search counts
    /// them), and how many carers there are, in one aggregate query.
    /// </summary>
    /// <param name="carers">The registry.</param>
    /// <param name="filter">The pre-filter of the request.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The number of carers and the counts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="carers"/> or <paramref name="filter"/> is null.</exception>
    public static async Task<(int Scanned, ValueArray<ExclusionCount> Exclusions)> CountExclusionsAsync(
        this IQueryable<FosterCarer> carers, CarerPreFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(carers);
        ArgumentNullException.ThrowIfNull(filter);
        var group = Expression.Parameter(typeof(IGrouping<int, FosterCarer>), "all");
        var counts = new List<Expression> { Expression.Call(CountAll, group) };
        for (int k = 0; k < filter.Clauses.Count; k++)
        {
            var passedBefore = Predicates.All(filter.Clauses.Take(k));
            var failsHere = Predicates.All([passedBefore, Predicates.Not(filter.Clauses[k])]);
            counts.Add(Expression.Call(CountWhere, group, failsHere));
        }

        var projection = Expression.Lambda<Func<IGrouping<int, FosterCarer>, int[]>>(Expression.NewArrayInit(typeof(int), counts), group);
        var rows = await carers.GroupBy(_ => 1).Select(projection).ToListAsync(cancellationToken).ConfigureAwait(false);
        int[] row = rows.Count > 0 ? rows[0] : new int[filter.Clauses.Count + 1];
        var exclusions = new ExclusionCount[filter.Clauses.Count];
        for (int k = 0; k < exclusions.Length; k++)
        {
            exclusions[k] = new ExclusionCount(HardFilters.All[k].Filter, row[k + 1]);
        }

        return (row[0], ValueArray.Create<ExclusionCount>(exclusions));
    }
}
