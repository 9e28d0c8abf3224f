using FluentValidation;
using FluentValidation.Results;

namespace Affido.Domain;

/// <summary>
/// The base of the library's validators: a FluentValidation <see cref="AbstractValidator{T}"/> that answers a
/// <see langword="null"/> object with a failure instead of an exception, and never lets personal data out in an
/// attempted value.
/// </summary>
/// <remarks>
/// <para>A <see langword="null"/> instance gives one <see cref="ValidationCodes.Required"/> failure with an empty path
/// (FluentValidation itself throws <see cref="InvalidOperationException"/>).</para>
/// <para>After the rules run, each failure keeps its <see cref="ValidationFailure.AttemptedValue"/> only when
/// <see cref="AttemptedValues.IsShareable"/> (numbers, enum values, periods); this holds for failures raised by
/// <c>ValidateAndThrow</c> too. A validator used as a child of another runs on its parent's list of failures, which it
/// clears the same way.</para>
/// <para>Derived validators set every message from a <see cref="MessageCatalogue"/>
/// (<see cref="MessageCatalogueValidatorExtensions.WithMessageFrom"/>) so that each failure has a stable code and a
/// message in Italian and English.</para>
/// </remarks>
/// <typeparam name="T">The validated type.</typeparam>
public abstract class AffidoValidator<T> : AbstractValidator<T>
{
    /// <inheritdoc />
    public override ValidationResult Validate(ValidationContext<T> context)
    {
        var result = base.Validate(context);
        AttemptedValues.Clear(result.Errors);
        return result;
    }

    /// <inheritdoc />
    public override async Task<ValidationResult> ValidateAsync(ValidationContext<T> context, CancellationToken cancellation = default)
    {
        var result = await base.ValidateAsync(context, cancellation).ConfigureAwait(false);
        AttemptedValues.Clear(result.Errors);
        return result;
    }

    /// <summary>Answers a <see langword="null"/> instance with a <see cref="ValidationCodes.Required"/> failure at the empty path.</summary>
    /// <param name="context">The validation context.</param>
    /// <param name="result">The result the failure is added to.</param>
    /// <returns>Whether the rules should run (the instance is not <see langword="null"/>).</returns>
    protected override bool PreValidate(ValidationContext<T> context, ValidationResult result)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(result);
        if (context.InstanceToValidate is not null)
        {
            return true;
        }

        result.Errors.Add(DomainMessages.Failure(string.Empty, ValidationCodes.Required, null));
        return false;
    }

    /// <summary>Clears the attempted values that may be personal data before the exception is thrown.</summary>
    /// <param name="context">The validation context.</param>
    /// <param name="result">The failed result.</param>
    protected override void RaiseValidationException(ValidationContext<T> context, ValidationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        AttemptedValues.Clear(result.Errors);
        base.RaiseValidationException(context, result);
    }
}
