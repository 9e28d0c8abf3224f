using FluentValidation;

namespace Affido.Domain;

/// <summary>Rule-builder extensions for the lists of the model (<see cref="ValueArray{T}"/>): not empty, no element twice.</summary>
internal static class CollectionValidatorExtensions
{
    /// <summary>The list must hold an element: <paramref name="code"/>.</summary>
    public static IRuleBuilderOptions<T, ValueArray<TItem>> NotEmptyList<T, TItem>(this IRuleBuilder<T, ValueArray<TItem>> ruleBuilder, string code)
        => ruleBuilder.Must(items => !items.IsEmpty).WithDomainMessage(code);

    /// <summary>The list must not hold two equal elements (<see langword="null"/>s are left to <c>.Required()</c>): <paramref name="code"/>.</summary>
    public static IRuleBuilderOptions<T, ValueArray<TItem>> Distinct<T, TItem>(this IRuleBuilder<T, ValueArray<TItem>> ruleBuilder, string code)
        => ruleBuilder.Must(items => !HasDuplicates(items)).WithDomainMessage(code);

    /// <summary>Whether <paramref name="items"/> holds two equal elements, <see langword="null"/>s aside.</summary>
    public static bool HasDuplicates<TItem>(IEnumerable<TItem> items)
    {
        var seen = new HashSet<TItem>();
        foreach (var item in items)
        {
            if (item is not null && !seen.Add(item))
            {
                return true;
            }
        }
        return false;
    }
}
