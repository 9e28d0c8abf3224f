using FluentValidation;

namespace Affido.Domain;

/// <summary>Rule-builder extensions for whole numbers: a range, a lower bound; the message gives the bounds and the value.</summary>
internal static class NumberValidatorExtensions
{
    /// <summary>The number must be from <paramref name="min"/> to <paramref name="max"/>: <paramref name="code"/> ({min}, {max}, {value}).</summary>
    public static IRuleBuilderOptions<T, int> Between<T>(this IRuleBuilder<T, int> ruleBuilder, int min, int max, string code)
        => ruleBuilder.Must(value => value >= min && value <= max)
            .WithDomainMessage(code, (_, value) =>
                [MessageArgument.Number("min", min), MessageArgument.Number("max", max), MessageArgument.Number("value", value)]);

    /// <summary>The number must be <paramref name="min"/> or more: <paramref name="code"/> ({value}).</summary>
    public static IRuleBuilderOptions<T, int> AtLeast<T>(this IRuleBuilder<T, int> ruleBuilder, int min, string code)
        => ruleBuilder.Must(value => value >= min).WithDomainMessage(code, (_, value) => [MessageArgument.Number("value", value)]);
}
