namespace Affido.Domain.Specifications;

/// <summary>
/// A query criterion as an object: a conjunction of <see cref="WhereExpressions"/>, testable on one entity in memory
/// and translatable by an <see cref="IQueryable{T}"/> provider.
/// </summary>
/// <remarks>
/// The public shape follows Ardalis.Specification (<c>ISpecification&lt;T&gt;</c>, <c>WhereExpressions</c>,
/// <c>IsSatisfiedBy</c>, <c>Evaluate</c>), which is not served by the package registry this project builds from; the
/// names are kept aligned so that moving to that package is a namespace change. Only criteria are modelled: no
/// ordering, paging or includes.
/// </remarks>
/// <typeparam name="T">The entity type.</typeparam>
public interface ISpecification<T>
{
    /// <summary>The criteria; an entity satisfies the specification when it satisfies all of them (none: every entity).</summary>
    IEnumerable<WhereExpressionInfo<T>> WhereExpressions { get; }

    /// <summary>Whether <paramref name="entity"/> satisfies every criterion.</summary>
    /// <param name="entity">The entity to test.</param>
    bool IsSatisfiedBy(T entity);

    /// <summary>The entities of <paramref name="entities"/> that satisfy the specification, in their order.</summary>
    /// <param name="entities">The entities to filter.</param>
    IEnumerable<T> Evaluate(IEnumerable<T> entities);
}
