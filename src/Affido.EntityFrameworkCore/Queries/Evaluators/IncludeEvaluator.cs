using System.Linq.Expressions;
using System.Reflection;
using Ardalis.Specification;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace Affido.EntityFrameworkCore;

/// <summary>
/// A specification's includes: the string paths, then the <c>Include</c>/<c>ThenInclude</c> chains, as EF Core's
/// <see cref="EntityFrameworkQueryableExtensions.Include{TEntity, TProperty}"/> and <c>ThenInclude</c> calls.
/// </summary>
internal sealed class IncludeEvaluator : IEvaluator
{
    private static readonly MethodInfo IncludeMethod = typeof(EntityFrameworkQueryableExtensions).GetMethods()
        .Single(m => m.Name == nameof(EntityFrameworkQueryableExtensions.Include) && m.GetGenericArguments().Length == 2);

    private static readonly MethodInfo[] ThenIncludeMethods = typeof(EntityFrameworkQueryableExtensions).GetMethods()
        .Where(m => m.Name == nameof(EntityFrameworkQueryableExtensions.ThenInclude))
        .ToArray();

    private IncludeEvaluator()
    {
    }

    public static IncludeEvaluator Instance { get; } = new();

    public bool IsCriteriaEvaluator => false;

    public IQueryable<T> GetQuery<T>(IQueryable<T> query, ISpecification<T> specification)
        where T : class
    {
        foreach (string path in specification.IncludeStrings)
        {
            query = query.Include(path);
        }

        foreach (var include in specification.IncludeExpressions)
        {
            var lambda = include.LambdaExpression;
            var method = include.Type == IncludeTypeEnum.Include
                ? IncludeMethod.MakeGenericMethod(typeof(T), lambda.ReturnType)
                : ThenInclude(typeof(T), include.PreviousPropertyType!, lambda.ReturnType);
            query = (IQueryable<T>)method.Invoke(null, [query, lambda])!;
        }

        return query;
    }

    /// <summary>
    /// The <c>ThenInclude</c> overload that follows an include of <paramref name="previous"/>: after a collection
    /// (<c>IEnumerable&lt;TPrevious&gt;</c>) or after a reference.
    /// </summary>
    private static MethodInfo ThenInclude(Type entity, Type previous, Type property)
    {
        var element = previous.IsGenericType && previous.GetGenericTypeDefinition() == typeof(IEnumerable<>)
            ? previous.GetGenericArguments()[0]
            : null;
        foreach (var method in ThenIncludeMethods)
        {
            var source = method.GetParameters()[0].ParameterType.GetGenericArguments()[1];
            bool afterCollection = !source.IsGenericParameter;
            if (afterCollection == (element is not null))
            {
                return method.MakeGenericMethod(entity, element ?? previous, property);
            }
        }

        throw new InvalidOperationException($"No ThenInclude overload follows an include of {previous}.");
    }
}
