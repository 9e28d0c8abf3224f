using Affido.Domain;
using FluentValidation;
using FluentValidation.Results;

namespace Affido.Rules;

/// <summary>
/// Checks a <see cref="ServicePlacementOrder"/> before it is judged: dates within <see cref="SupportedDates"/>; the
/// duration and the reporting interval, when stated, positive lengths in years, months, weeks or days that end within
/// <see cref="SupportedDates"/>; notification and naming not before the order.
/// </summary>
/// <remarks>A missing element is not a validation error: it is a <c>service-placement.element-missing</c> finding.</remarks>
public sealed class ServicePlacementOrderValidator : AbstractValidator<ServicePlacementOrder>
{
    /// <summary>Error code: a duration or interval that is not a positive date length.</summary>
    public const string LengthInvalid = "service-placement.length-invalid";

    /// <summary>Error code: a notification or a naming dated before the order.</summary>
    public const string DateOutOfOrder = "service-placement.date-out-of-order";

    /// <summary>The one instance (validators are stateless).</summary>
    public static ServicePlacementOrderValidator Instance { get; } = new();

    /// <summary>Declares the checks.</summary>
    public ServicePlacementOrderValidator()
    {
        RuleFor(o => o.IssuedOn).InSupportedRange();
        RuleFor(o => o.NotifiedOn).InSupportedRange();
        RuleFor(o => o.ResponsibleNamedOn).InSupportedRange();
        RuleFor(o => o.Minor!.Value).PseudonymousCode().OverridePropertyName(nameof(ServicePlacementOrder.Minor)).When(o => o.Minor is not null);
        RuleFor(o => o.Duration).EndsInSupportedRange(o => o.IssuedOn);
        RuleFor(o => o.ReportInterval).EndsInSupportedRange(o => o.IssuedOn);
        RuleFor(o => o.Duration).Must(IsPositiveLength).WithErrorCode(LengthInvalid)
            .WithMessage("'{PropertyName}' must be a positive length in years, months, weeks or days.");
        RuleFor(o => o.ReportInterval).Must(IsPositiveLength).WithErrorCode(LengthInvalid)
            .WithMessage("'{PropertyName}' must be a positive length in years, months, weeks or days.");
        RuleFor(o => o.NotifiedOn).Must((o, d) => SupportedDateValidatorExtensions.NotBefore(d, o.IssuedOn)).WithErrorCode(DateOutOfOrder)
            .WithMessage("'{PropertyName}' is dated before the order was issued.");
        RuleFor(o => o.ResponsibleNamedOn).Must((o, d) => SupportedDateValidatorExtensions.NotBefore(d, o.IssuedOn)).WithErrorCode(DateOutOfOrder)
            .WithMessage("'{PropertyName}' is dated before the order was issued.");
    }

    /// <summary>Absent, or in date units and moving the order's date forward (a length beyond the supported dates is reported by its own rule).</summary>
    private static bool IsPositiveLength(ServicePlacementOrder order, NodaTime.Period? length)
        => length is null
           || (!length.HasTimeComponent && (!SupportedDates.Contains(order.IssuedOn) || SupportedDates.TryAdd(order.IssuedOn, length) is not { } end || end > order.IssuedOn));

    /// <summary>A <see langword="null"/> instance is a <see cref="ValidationCodes.Required"/> failure, not an exception (issue 12).</summary>
    /// <param name="context">The validation context.</param>
    /// <param name="result">The result the failure is added to.</param>
    /// <returns>Whether the rules should run (the instance is not <see langword="null"/>).</returns>
    protected override bool PreValidate(ValidationContext<ServicePlacementOrder> context, ValidationResult result) => RuleMessages.ReportNull(context, result);
}
