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
public sealed class ServicePlacementOrderValidator : AffidoValidator<ServicePlacementOrder>
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
        RuleFor(o => o.IssuedOn).SupportedDate();
        RuleFor(o => o.NotifiedOn).SupportedDate();
        RuleFor(o => o.ResponsibleNamedOn).SupportedDate();
        RuleFor(o => o.Minor!.Value).PseudonymousCode().OverridePropertyName(nameof(ServicePlacementOrder.Minor)).When(o => o.Minor is not null);
        RuleFor(o => o.Duration).EndsInSupportedRange(o => o.IssuedOn, "order-date");
        RuleFor(o => o.ReportInterval).EndsInSupportedRange(o => o.IssuedOn, "order-date");
        RuleFor(o => o.Duration).Must(IsPositiveLength).WithRuleMessage(LengthInvalid);
        RuleFor(o => o.ReportInterval).Must(IsPositiveLength).WithRuleMessage(LengthInvalid);
        RuleFor(o => o.NotifiedOn).Must((o, d) => SupportedDateValidatorExtensions.NotBefore(d, o.IssuedOn)).WithRuleMessage(DateOutOfOrder);
        RuleFor(o => o.ResponsibleNamedOn).Must((o, d) => SupportedDateValidatorExtensions.NotBefore(d, o.IssuedOn)).WithRuleMessage(DateOutOfOrder);
    }

    /// <summary>Absent, or in date units and moving the order's date forward (a length beyond the supported dates is reported by its own rule).</summary>
    private static bool IsPositiveLength(ServicePlacementOrder order, NodaTime.Period? length)
        => length is null
           || (!length.HasTimeComponent && (!SupportedDates.Contains(order.IssuedOn) || SupportedDates.TryAdd(order.IssuedOn, length) is not { } end || end > order.IssuedOn));

}
