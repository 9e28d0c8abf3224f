using FluentValidation;
using FluentValidation.Results;

namespace Affido.Matching;

/// <summary>Attaches a code and its English message from <see cref="MatchingMessages.Catalogue"/> to a validation rule.</summary>
internal static class RuleMessages
{
    public static IRuleBuilderOptions<T, TProperty> With<T, TProperty>(this IRuleBuilderOptions<T, TProperty> rule, string code)
        => rule.WithErrorCode(code).WithMessage(MatchingMessages.English(code));

    /// <summary>For a validator's <c>PreValidate</c>: a null instance is a <see cref="ValidationCodes.Required"/> failure named <paramref name="name"/>.</summary>
    /// <returns>False (stop) when the instance is null.</returns>
    public static bool ReportNull<T>(ValidationContext<T> context, ValidationResult result, string name)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(result);
        if (context.InstanceToValidate is not null)
        {
            return true;
        }

        result.Errors.Add(new ValidationFailure(name, MatchingMessages.English(ValidationCodes.Required)) { ErrorCode = ValidationCodes.Required });
        return false;
    }
}
