using FluentValidation;
using NodaTime;

namespace Affido.Rules;

/// <summary>
/// Checks a <see cref="ServicePlacementOrder"/> before it is judged: the duration and the reporting interval, when
/// stated, are positive lengths in years, months, weeks or days; notification and naming are not before the order.
/// </summary>
/// <remarks>A missing element is not a validation error: it is a <c>service-placement.element-missing</c> finding.</remarks>
public sealed class ServicePlacementOrderValidator : AbstractValidator<ServicePlacementOrder>
{
    /// <summary>Error code: a duration or interval that is not a positive date length.</summary>
    public const string LengthInvalid = "service-placement.length-invalid";

    /// <summary>Error code: a notification or a naming dated before the order.</summary>
    public const string DateOutOfOrder = "service-placement.date-out-of-order";

    /// <summary>The rules.</summary>
    public ServicePlacementOrderValidator()
    {
        RuleFor(o => o.Duration).Must((o, p) => p is null || DateLengths.IsPositive(p, o.IssuedOn)).WithErrorCode(LengthInvalid)
            .WithMessage("The duration must be a positive length in years, months, weeks or days.");
        RuleFor(o => o.ReportInterval).Must((o, p) => p is null || DateLengths.IsPositive(p, o.IssuedOn)).WithErrorCode(LengthInvalid)
            .WithMessage("The reporting interval must be a positive length in years, months, weeks or days.");
        RuleFor(o => o.NotifiedOn).Must((o, d) => d is null || d >= o.IssuedOn).WithErrorCode(DateOutOfOrder)
            .WithMessage("The order is notified before it was issued.");
        RuleFor(o => o.ResponsibleNamedOn).Must((o, d) => d is null || d >= o.IssuedOn).WithErrorCode(DateOutOfOrder)
            .WithMessage("The person responsible is named before the order was issued.");
    }
}
