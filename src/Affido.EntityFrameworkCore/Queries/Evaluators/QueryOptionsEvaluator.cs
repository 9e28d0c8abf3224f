using Ardalis.Specification;
using Microsoft.EntityFrameworkCore;

namespace Affido.EntityFrameworkCore;

/// <summary>
/// A specification's query options: tracking (<c>AsNoTracking</c>, <c>AsNoTrackingWithIdentityResolution</c>,
/// <c>AsTracking</c>), <c>IgnoreQueryFilters</c>, <c>IgnoreAutoIncludes</c> and <c>AsSplitQuery</c>.
/// </summary>
internal sealed class QueryOptionsEvaluator : IEvaluator
{
    private QueryOptionsEvaluator()
    {
    }

    public static QueryOptionsEvaluator Instance { get; } = new();

    public bool IsCriteriaEvaluator => false;

    public IQueryable<T> GetQuery<T>(IQueryable<T> query, ISpecification<T> specification)
        where T : class
    {
        if (specification.AsNoTracking)
        {
            query = query.AsNoTracking();
        }

        if (specification.AsNoTrackingWithIdentityResolution)
        {
            query = query.AsNoTrackingWithIdentityResolution();
        }

        if (specification.AsTracking)
        {
            query = query.AsTracking();
        }

        if (specification.IgnoreQueryFilters)
        {
            query = query.IgnoreQueryFilters();
        }

        if (specification.IgnoreAutoIncludes)
        {
            query = query.IgnoreAutoIncludes();
        }

        if (specification.AsSplitQuery)
        {
            query = query.AsSplitQuery();
        }

        return query;
    }
}
