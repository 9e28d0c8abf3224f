using Affido.Domain;
using FluentValidation;
using NodaTime;

namespace Affido.Rules;

/// <summary>
/// The checks a placement and its plan must pass before the rules judge them: the facts must be consistent, otherwise
/// the findings would mislead (a birth after the start, a negative duration, an end before the start).
/// </summary>
/// <remarks>
/// These are the facts the rules rely on; the complete structural validation of the domain aggregates belongs to
/// Affido.Domain's validators. Messages are in English and name the offending property.
/// </remarks>
public sealed class PlacementInputValidator : AbstractValidator<PlacementContext>
{
    /// <summary>The one instance (validators are stateless).</summary>
    public static PlacementInputValidator Instance { get; } = new();

    /// <summary>Declares the checks.</summary>
    public PlacementInputValidator()
    {
        RuleFor(c => c.Placement.Minors).NotEmpty().WithMessage("A placement places at least one minor.")
            .WithName("Placement.Minors");
        RuleFor(c => c.Placement.Minors)
            .Must(m => m.Select(x => x.Code).Distinct().Count() == m.Count)
            .WithMessage("The minors of a placement have distinct codes.")
            .WithName("Placement.Minors");
        RuleForEach(c => c.Placement.Minors)
            .Must(m => !m.Code.IsEmpty).WithMessage("Every minor has a non-blank code.")
            .Must((c, m) => m.BirthDate <= c.Placement.Start)
            .WithMessage((c, m) => $"Minor {m.Code} is born on {m.BirthDate:uuuu-MM-dd}, after the placement start {c.Placement.Start:uuuu-MM-dd}.")
            .OverridePropertyName("Placement.Minors");
        RuleFor(c => c.Placement.End)
            .Must((c, end) => end is null || end.On >= c.Placement.Start)
            .WithMessage(c => $"The placement ends on {c.Placement.End!.On:uuuu-MM-dd}, before its start {c.Placement.Start:uuuu-MM-dd}.")
            .WithName("Placement.End");
        RuleForEach(c => c.Placement.Extensions)
            .Must((c, e) => e.Until >= c.Placement.Start)
            .WithMessage((c, e) => $"An extension decreed on {e.DecreedOn:uuuu-MM-dd} ends on {e.Until:uuuu-MM-dd}, before the placement start.")
            .OverridePropertyName("Placement.Extensions");
        RuleForEach(c => c.Placement.Hearings)
            .Must((c, h) => c.Placement.Minors.Any(m => m.Code == h.Minor))
            .WithMessage((c, h) => $"A hearing names minor {h.Minor}, who is not in the placement.")
            .OverridePropertyName("Placement.Hearings");
        RuleForEach(c => c.Placement.Consents)
            .Must((c, w) => w.Minor is null || c.Placement.Minors.Any(m => m.Code == w.Minor))
            .WithMessage((c, w) => $"A consent names minor {w.Minor}, who is not in the placement.")
            .OverridePropertyName("Placement.Consents");
        RuleFor(c => c.Plan.PresumedDuration)
            .Must((c, d) => d is null || IsPositiveDateLength(d, c.Placement.Start))
            .WithMessage(c => $"The presumed duration {c.Plan.PresumedDuration} must be a positive length in years, months, weeks or days.")
            .WithName("Plan.PresumedDuration");
        RuleFor(c => c.Plan.VerificationCadence)
            .Must((c, d) => d is null || IsPositiveDateLength(d, c.Placement.Start))
            .WithMessage(c => $"The verification cadence {c.Plan.VerificationCadence} must be a positive length in years, months, weeks or days.")
            .WithName("Plan.VerificationCadence");
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

    /// <summary>Whether <paramref name="length"/> has only date units and moves <paramref name="anchor"/> forward.</summary>
    internal static bool IsPositiveDateLength(Period length, LocalDate anchor)
        => !length.HasTimeComponent && anchor.Plus(length) > anchor;
}
