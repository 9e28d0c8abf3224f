using Ardalis.Specification;
using Microsoft.EntityFrameworkCore;

namespace Affido.EntityFrameworkCore;

/// <summary>A specification's <c>TagWith</c> tags as EF Core query tags (SQL comments that name the query in logs).</summary>
internal sealed class QueryTagEvaluator : IEvaluator
{
    private QueryTagEvaluator()
    {
    }

    public static QueryTagEvaluator Instance { get; } = new();

    public bool IsCriteriaEvaluator => true;

    public IQueryable<T> GetQuery<T>(IQueryable<T> query, ISpecification<T> specification)
        where T : class
    {
        foreach (string tag in specification.QueryTags)
        {
            query = query.TagWith(tag);
        }

        return query;
    }
}
