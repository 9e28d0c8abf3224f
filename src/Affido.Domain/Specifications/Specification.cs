using System.Linq.Expressions;

namespace Affido.Domain.Specifications;

/// <summary>
/// A specification whose criteria are declared in the constructor with <c>Query.Where(...)</c>, composable with
/// <see cref="And"/>, <see cref="Or"/> and <see cref="Not"/>.
/// </summary>
/// <remarks>
/// A minimal in-house version of Ardalis.Specification's <c>Specification&lt;T&gt;</c>: that package is not served by
/// the registry this project builds from, so the public names (<c>Query</c>, <c>Where</c>, <c>WhereExpressions</c>,
/// <c>IsSatisfiedBy</c>, <c>Evaluate</c>) follow it. Criteria are kept as expressions so that an
/// <see cref="IQueryable{T}"/> provider such as EF Core can translate them (see <see cref="SpecificationEvaluator"/>);
/// compositions rebuild one expression per side. Criteria are added only while the specification is being built,
/// from its constructor; after that it is immutable and safe to share between threads.
/// </remarks>
/// <typeparam name="T">The entity type.</typeparam>
public class Specification<T> : ISpecification<T>
{
    private readonly List<WhereExpressionInfo<T>> whereExpressions = [];

    /// <summary>Creates an empty specification (satisfied by every entity) whose criteria the constructor adds through <see cref="Query"/>.</summary>
    public Specification() => Query = new Builder(this);

    /// <summary>The builder that declares the criteria.</summary>
    protected ISpecificationBuilder<T> Query { get; }

    /// <inheritdoc />
    public IEnumerable<WhereExpressionInfo<T>> WhereExpressions => whereExpressions;

    /// <summary>A specification with the single criterion <paramref name="criteria"/>.</summary>
    /// <param name="criteria">The predicate.</param>
    /// <exception cref="ArgumentNullException"><paramref name="criteria"/> is null.</exception>
    public static Specification<T> Create(Expression<Func<T, bool>> criteria)
    {
        var specification = new Specification<T>();
        specification.Query.Where(criteria);
        return specification;
    }

    /// <inheritdoc />
    public virtual bool IsSatisfiedBy(T entity)
    {
        foreach (var where in whereExpressions)
        {
            if (!where.FilterFunc(entity))
            {
                return false;
            }
        }
        return true;
    }

    /// <inheritdoc />
    public virtual IEnumerable<T> Evaluate(IEnumerable<T> entities)
    {
        ArgumentNullException.ThrowIfNull(entities);
        return InMemorySpecificationEvaluator.Default.Evaluate(entities, this);
    }

    /// <summary>The specification satisfied when both this one and <paramref name="other"/> are.</summary>
    /// <param name="other">The other specification.</param>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public Specification<T> And(ISpecification<T> other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var result = new Specification<T>();
        foreach (var where in WhereExpressions.Concat(other.WhereExpressions))
        {
            result.AddWhere(where);
        }
        return result;
    }

    /// <summary>The specification satisfied when this one or <paramref name="other"/> is.</summary>
    /// <param name="other">The other specification.</param>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public Specification<T> Or(ISpecification<T> other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var parameter = Expression.Parameter(typeof(T), "x");
        var body = Expression.OrElse(Conjunction(this, parameter), Conjunction(other, parameter));
        return Create(Expression.Lambda<Func<T, bool>>(body, parameter));
    }

    /// <summary>The specification satisfied exactly when this one is not.</summary>
    public Specification<T> Not()
    {
        var parameter = Expression.Parameter(typeof(T), "x");
        var body = Expression.Not(Conjunction(this, parameter));
        return Create(Expression.Lambda<Func<T, bool>>(body, parameter));
    }

    internal void AddWhere(WhereExpressionInfo<T> where) => whereExpressions.Add(where);

    private static Expression Conjunction(ISpecification<T> specification, ParameterExpression parameter)
    {
        Expression? body = null;
        foreach (var where in specification.WhereExpressions)
        {
            var rebound = new ParameterReplacer(where.Filter.Parameters[0], parameter).Visit(where.Filter.Body);
            body = body is null ? rebound : Expression.AndAlso(body, rebound);
        }
        return body ?? Expression.Constant(true);
    }

    private sealed class Builder(Specification<T> specification) : ISpecificationBuilder<T>
    {
        public Specification<T> Specification { get; } = specification;
    }

    private sealed class ParameterReplacer(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
