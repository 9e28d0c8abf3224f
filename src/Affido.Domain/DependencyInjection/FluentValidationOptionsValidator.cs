using FluentValidation;
using Microsoft.Extensions.Options;

namespace Affido.Domain;

/// <summary>
/// Validates options of one name with a FluentValidation validator: each failure becomes <c>Type.Member: message (code)</c>,
/// so that the exception that stops the host names the member and the stable code.
/// </summary>
/// <typeparam name="TOptions">The options.</typeparam>
/// <param name="optionsName">The name of the options validated (null: every name).</param>
/// <param name="validator">The validator.</param>
internal sealed class FluentValidationOptionsValidator<TOptions>(string? optionsName, IValidator<TOptions> validator) : IValidateOptions<TOptions>
    where TOptions : class
{
    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        if (optionsName is not null && !string.Equals(optionsName, name, StringComparison.Ordinal))
        {
            return ValidateOptionsResult.Skip;
        }

        var result = validator.Validate(options);
        if (result.IsValid)
        {
            return ValidateOptionsResult.Success;
        }

        string type = typeof(TOptions).Name;
        return ValidateOptionsResult.Fail(result.Errors.Select(e =>
            $"{(string.IsNullOrEmpty(e.PropertyName) ? type : type + "." + e.PropertyName)}: {e.ErrorMessage} ({e.ErrorCode})"));
    }
}
