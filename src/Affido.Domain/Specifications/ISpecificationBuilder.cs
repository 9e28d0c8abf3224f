using System.Linq.Expressions;

namespace Affido.Domain.Specifications;

/// <summary>The builder a <see cref="Specification{T}"/> exposes as <c>Query</c> to declare its criteria.</summary>
/// <typeparam name="T">The entity type.</typeparam>
public interface ISpecificationBuilder<T>
{
    /// <summary>The specification being built.</summary>
    Specification<T> Specification { get; }
}

/// <summary>The builder's verbs, as extension methods (as in Ardalis.Specification).</summary>
public static class SpecificationBuilderExtensions
{
    /// <summary>Adds a criterion, when <paramref name="condition"/> holds.</summary>
    /// <typeparam name="T">The entity type.</typeparam>
    /// <param name="builder">The builder.</param>
    /// <param name="criteria">The predicate.</param>
    /// <param name="condition">Whether to add it (handy for optional criteria).</param>
    /// <returns>The builder, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> or <paramref name="criteria"/> is null.</exception>
    public static ISpecificationBuilder<T> Where<T>(this ISpecificationBuilder<T> builder, Expression<Func<T, bool>> criteria, bool condition = true)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(criteria);
        if (condition)
        {
            builder.Specification.AddWhere(new WhereExpressionInfo<T>(criteria));
        }
        return builder;
    }
}
