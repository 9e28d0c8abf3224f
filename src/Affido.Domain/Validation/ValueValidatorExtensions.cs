using System.Globalization;
using FluentValidation;

namespace Affido.Domain;

/// <summary>
/// FluentValidation rule-builder extensions for any member: <c>.Required()</c>, <c>.DefinedEnum()</c>. Each sets a
/// stable <see cref="ValidationCodes"/> code and its message from <see cref="DomainMessages.Catalogue"/>.
/// </summary>
public static class ValueValidatorExtensions
{
    /// <summary>The member must be present (not <see langword="null"/>): <see cref="ValidationCodes.Required"/>, whatever the member.</summary>
    /// <typeparam name="T">The validated type.</typeparam>
    /// <typeparam name="TProperty">The property type.</typeparam>
    /// <param name="ruleBuilder">The rule builder.</param>
    /// <returns>The rule builder options, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ruleBuilder"/> is null.</exception>
    public static IRuleBuilderOptions<T, TProperty> Required<T, TProperty>(this IRuleBuilder<T, TProperty> ruleBuilder)
    {
        ArgumentNullException.ThrowIfNull(ruleBuilder);
        return ruleBuilder.NotNull().WithDomainMessage(ValidationCodes.Required);
    }

    /// <summary>The enum value must be one of the defined members: <see cref="ValidationCodes.EnumUndefined"/>.</summary>
    /// <typeparam name="T">The validated type.</typeparam>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <param name="ruleBuilder">The rule builder.</param>
    /// <returns>The rule builder options, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ruleBuilder"/> is null.</exception>
    public static IRuleBuilderOptions<T, TEnum> DefinedEnum<T, TEnum>(this IRuleBuilder<T, TEnum> ruleBuilder)
        where TEnum : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(ruleBuilder);
        return ruleBuilder.Must(value => Enum.IsDefined(value))
            .WithDomainMessage(ValidationCodes.EnumUndefined, (_, value) =>
                [MessageArgument.Number("value", Convert.ToInt64(value, CultureInfo.InvariantCulture)), MessageArgument.Text("type", typeof(TEnum).Name)]);
    }
}
