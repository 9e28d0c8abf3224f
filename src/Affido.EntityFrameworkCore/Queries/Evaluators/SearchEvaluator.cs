using System.Linq.Expressions;
using System.Reflection;
using Ardalis.Specification;
using Microsoft.EntityFrameworkCore;

namespace Affido.EntityFrameworkCore;

/// <summary>
/// A specification's <c>Search</c> criteria as SQL <c>LIKE</c> (<see cref="DbFunctionsExtensions.Like(DbFunctions, string, string)"/>):
/// the criteria of one search group are or-ed, the groups and-ed, as in Ardalis' in-memory evaluator.
/// </summary>
internal sealed class SearchEvaluator : IEvaluator
{
    private static readonly MethodInfo LikeMethod = typeof(DbFunctionsExtensions)
        .GetMethod(nameof(DbFunctionsExtensions.Like), [typeof(DbFunctions), typeof(string), typeof(string)])!;

    private static readonly Expression Functions = Expression.Property(null, typeof(EF), nameof(EF.Functions));

    private SearchEvaluator()
    {
    }

    public static SearchEvaluator Instance { get; } = new();

    public bool IsCriteriaEvaluator => true;

    public IQueryable<T> GetQuery<T>(IQueryable<T> query, ISpecification<T> specification)
        where T : class
    {
        foreach (var group in specification.SearchCriterias.GroupBy(s => s.SearchGroup))
        {
            ParameterExpression? parameter = null;
            Expression? any = null;
            foreach (var criterion in group)
            {
                parameter ??= criterion.Selector.Parameters[0];
                var selector = new Rebind(criterion.Selector.Parameters[0], parameter).Visit(criterion.Selector.Body);
                // The pattern goes through a closure member so that EF Core sends it as a parameter, not a literal.
                var pattern = Expression.Property(Expression.Constant(new Pattern(criterion.SearchTerm)), nameof(Pattern.Value));
                var like = Expression.Call(LikeMethod, Functions, selector, pattern);
                any = any is null ? like : Expression.OrElse(any, like);
            }

            if (any is not null)
            {
                query = query.Where(Expression.Lambda<Func<T, bool>>(any, parameter!));
            }
        }

        return query;
    }

    private sealed record Pattern(string Value);

    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
