using System.Linq.Expressions;

namespace Affido.Domain.Specifications;

/// <summary>One criterion of a specification: the expression, and its compiled delegate for in-memory use.</summary>
/// <typeparam name="T">The entity type.</typeparam>
public sealed class WhereExpressionInfo<T>
{
    private readonly Lazy<Func<T, bool>> filterFunc;

    /// <summary>Creates the criterion.</summary>
    /// <param name="filter">The predicate as an expression tree.</param>
    /// <exception cref="ArgumentNullException"><paramref name="filter"/> is null.</exception>
    public WhereExpressionInfo(Expression<Func<T, bool>> filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        Filter = filter;
        filterFunc = new Lazy<Func<T, bool>>(filter.Compile, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The predicate as an expression tree, for <see cref="IQueryable{T}"/> providers.</summary>
    public Expression<Func<T, bool>> Filter { get; }

    /// <summary>The predicate compiled once, on first use, for in-memory evaluation.</summary>
    public Func<T, bool> FilterFunc => filterFunc.Value;
}
