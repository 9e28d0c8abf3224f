namespace Affido.Domain.Specifications;

/// <summary>Applies a specification's criteria to an in-memory sequence (Ardalis.Specification's name).</summary>
public interface IInMemorySpecificationEvaluator
{
    /// <summary>The elements of <paramref name="source"/> that satisfy <paramref name="specification"/>, in their order, lazily.</summary>
    /// <typeparam name="T">The entity type.</typeparam>
    /// <param name="source">The elements.</param>
    /// <param name="specification">The specification.</param>
    IEnumerable<T> Evaluate<T>(IEnumerable<T> source, ISpecification<T> specification);
}

/// <summary>Applies a specification's criteria to an <see cref="IQueryable{T}"/>, so that the provider translates them (Ardalis.Specification's name).</summary>
public interface ISpecificationEvaluator
{
    /// <summary>The query filtered by every criterion of <paramref name="specification"/>.</summary>
    /// <typeparam name="T">The entity type.</typeparam>
    /// <param name="query">The query.</param>
    /// <param name="specification">The specification.</param>
    IQueryable<T> GetQuery<T>(IQueryable<T> query, ISpecification<T> specification) where T : class;
}

/// <summary>The in-memory evaluator: filters with each criterion's compiled delegate.</summary>
public sealed class InMemorySpecificationEvaluator : IInMemorySpecificationEvaluator
{
    private InMemorySpecificationEvaluator()
    {
    }

    /// <summary>The single instance.</summary>
    public static InMemorySpecificationEvaluator Default { get; } = new();

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public IEnumerable<T> Evaluate<T>(IEnumerable<T> source, ISpecification<T> specification)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(specification);
        foreach (var where in specification.WhereExpressions)
        {
            source = source.Where(where.FilterFunc);
        }
        return source;
    }
}

/// <summary>The <see cref="IQueryable{T}"/> evaluator: adds each criterion's expression with <see cref="Queryable.Where{TSource}(IQueryable{TSource}, System.Linq.Expressions.Expression{Func{TSource, bool}})"/>.</summary>
public sealed class SpecificationEvaluator : ISpecificationEvaluator
{
    private SpecificationEvaluator()
    {
    }

    /// <summary>The single instance.</summary>
    public static SpecificationEvaluator Default { get; } = new();

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public IQueryable<T> GetQuery<T>(IQueryable<T> query, ISpecification<T> specification) where T : class
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(specification);
        foreach (var where in specification.WhereExpressions)
        {
            query = query.Where(where.Filter);
        }
        return query;
    }
}
