using System.Linq.Expressions;

namespace Affido.EntityFrameworkCore;

/// <summary>
/// Combines predicates over one type into one expression (and, or, not) by rewriting the parameters, so that EF Core
/// sees a single lambda with no invocation in it.
/// </summary>
internal static class Predicates
{
    public static Expression<Func<T, bool>> True<T>() => _ => true;

    public static Expression<Func<T, bool>> False<T>() => _ => false;

    /// <summary>All of <paramref name="predicates"/>; true when there is none.</summary>
    public static Expression<Func<T, bool>> All<T>(IEnumerable<Expression<Func<T, bool>>> predicates)
        => Combine(predicates, Expression.AndAlso) ?? True<T>();

    /// <summary>Any of <paramref name="predicates"/>; false when there is none.</summary>
    public static Expression<Func<T, bool>> Any<T>(IEnumerable<Expression<Func<T, bool>>> predicates)
        => Combine(predicates, Expression.OrElse) ?? False<T>();

    /// <summary>The negation of <paramref name="predicate"/>.</summary>
    public static Expression<Func<T, bool>> Not<T>(Expression<Func<T, bool>> predicate)
        => Expression.Lambda<Func<T, bool>>(Expression.Not(predicate.Body), predicate.Parameters);

    private static Expression<Func<T, bool>>? Combine<T>(
        IEnumerable<Expression<Func<T, bool>>> predicates, Func<Expression, Expression, BinaryExpression> join)
    {
        ParameterExpression? parameter = null;
        Expression? body = null;
        foreach (var predicate in predicates)
        {
            parameter ??= predicate.Parameters[0];
            var next = new ParameterReplacer(predicate.Parameters[0], parameter).Visit(predicate.Body);
            body = body is null ? next : join(body, next);
        }

        return body is null ? null : Expression.Lambda<Func<T, bool>>(body, parameter!);
    }

    private sealed class ParameterReplacer(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
