using Affido.Domain;
using FluentValidation;
using NodaTime;

namespace Affido.Rules;

/// <summary>
/// The checks a placement and its plan must pass before the rules judge them: the facts must be consistent, otherwise
/// the findings would mislead (a birth after the start, a negative duration, an end before the start).
/// </summary>
/// <remarks>
/// Runs Affido.Domain's <see cref="PlacementValidator"/> and <see cref="PlacementPlanValidator"/> (property paths
/// prefixed "Placement." and "Plan.") and the cross checks between the
/// placement and its plan the rules rely on. Messages are in English and name the offending property.
/// </remarks>
public sealed class PlacementInputValidator : AbstractValidator<PlacementContext>
{
    /// <summary>The one instance (validators are stateless).</summary>
    public static PlacementInputValidator Instance { get; } = new();

    /// <summary>Declares the checks: the domain validators of the placement and the plan, and the cross checks the rules rely on.</summary>
    public PlacementInputValidator()
    {
        RuleFor(c => c.Placement).NotNull().SetValidator(new PlacementValidator());
        RuleFor(c => c.Plan).NotNull().SetValidator(new PlacementPlanValidator());
        RuleForEach(c => c.Placement.Extensions)
            .Must((c, e) => e is null || e.Until >= c.Placement.Start)
            .WithErrorCode("rules.extension-before-start")
            .WithMessage((c, e) => $"An extension decreed on {e.DecreedOn:uuuu-MM-dd} ends on {e.Until:uuuu-MM-dd}, before the placement start {c.Placement.Start:uuuu-MM-dd}.")
            .OverridePropertyName("Placement.Extensions")
            .When(c => c.Placement is not null);
        RuleFor(c => c.Plan.PresumedDuration)
            .Must((c, d) => d is null || d.HasTimeComponent || DateLengths.IsPositive(d, c.Placement.Start))
            .WithErrorCode("rules.duration-not-positive-from-start")
            .WithMessage(c => $"The presumed duration {c.Plan.PresumedDuration} must move the start {c.Placement.Start:uuuu-MM-dd} forward.")
            .OverridePropertyName("Plan.PresumedDuration")
            .When(c => c.Placement is not null && c.Plan is not null);
    }

    /// <summary>The validation errors of <paramref name="context"/>, as "Property: message" lines; empty when valid.</summary>
    /// <param name="context">The placement, plan, date and policy.</param>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is null.</exception>
    public static ValueArray<string> ErrorsOf(PlacementContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var result = Instance.Validate(context);
        return result.Errors.Select(e => $"{e.PropertyName}: {e.ErrorMessage}").ToValueArray();
    }
}
