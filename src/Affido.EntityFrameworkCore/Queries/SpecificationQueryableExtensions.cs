using Ardalis.Specification;

namespace Affido.EntityFrameworkCore;

/// <summary>
/// Applies an Ardalis specification to an EF Core query, built on Ardalis' own evaluators (<see cref="WhereEvaluator"/>,
/// <see cref="OrderEvaluator"/>, <see cref="PaginationEvaluator"/>) plus the EF Core parts its
/// <c>Ardalis.Specification.EntityFrameworkCore</c> add-on would bring: <c>Search</c> as SQL <c>LIKE</c>, includes, tracking,
/// query filters, split queries and tags.
/// </summary>
/// <remarks>
/// The order is the add-on's: where, search, include, order, paging, then the query options; with
/// <c>evaluateCriteriaOnly</c> only the evaluators that change which rows match (where, search, tags) run, for a count.
/// A specification's <c>PostProcessingAction</c> works on materialised results, so it is not part of the query: apply
/// it to the list you load (<c>specification.PostProcessingAction?.Invoke(list)</c>).
/// </remarks>
public static class SpecificationQueryableExtensions
{
    private static readonly IEvaluator[] Evaluators =
    [
        WhereEvaluator.Instance,
        SearchEvaluator.Instance,
        IncludeEvaluator.Instance,
        OrderEvaluator.Instance,
        PaginationEvaluator.Instance,
        QueryOptionsEvaluator.Instance,
        QueryTagEvaluator.Instance,
    ];

    /// <summary>The query with <paramref name="specification"/> applied, still to be translated and run by EF Core.</summary>
    /// <typeparam name="T">The entity type.</typeparam>
    /// <param name="source">The query, e.g. a <c>DbSet&lt;T&gt;</c>.</param>
    /// <param name="specification">The specification.</param>
    /// <param name="evaluateCriteriaOnly">Apply only what decides which rows match (for a count): no include, order, paging or options.</param>
    /// <returns>The composed query.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="specification"/> is null.</exception>
    public static IQueryable<T> WithSpecification<T>(this IQueryable<T> source, ISpecification<T> specification, bool evaluateCriteriaOnly = false)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(specification);
        var query = source;
        foreach (var evaluator in Evaluators)
        {
            if (!evaluateCriteriaOnly || evaluator.IsCriteriaEvaluator)
            {
                query = evaluator.GetQuery(query, specification);
            }
        }

        return query;
    }

    /// <summary>The query with <paramref name="specification"/> applied and its selector projected.</summary>
    /// <typeparam name="T">The entity type.</typeparam>
    /// <typeparam name="TResult">The projected type.</typeparam>
    /// <param name="source">The query, e.g. a <c>DbSet&lt;T&gt;</c>.</param>
    /// <param name="specification">The specification, with a <c>Select</c> or a <c>SelectMany</c>.</param>
    /// <returns>The composed, projected query.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="specification"/> is null.</exception>
    /// <exception cref="SelectorNotFoundException">The specification has no selector.</exception>
    /// <exception cref="ConcurrentSelectorsException">The specification has both a <c>Select</c> and a <c>SelectMany</c>.</exception>
    public static IQueryable<TResult> WithSpecification<T, TResult>(this IQueryable<T> source, ISpecification<T, TResult> specification)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(specification);
        if (specification.Selector is null && specification.SelectorMany is null)
        {
            throw new SelectorNotFoundException();
        }

        if (specification.Selector is not null && specification.SelectorMany is not null)
        {
            throw new ConcurrentSelectorsException();
        }

        var query = source.WithSpecification((ISpecification<T>)specification);
        return specification.Selector is not null ? query.Select(specification.Selector) : query.SelectMany(specification.SelectorMany!);
    }
}
