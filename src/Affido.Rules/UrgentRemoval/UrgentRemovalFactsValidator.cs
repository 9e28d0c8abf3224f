using FluentValidation;
using NodaTime;

namespace Affido.Rules;

/// <summary>
/// Checks that urgent-removal facts are coherent before they are judged: the recorded steps follow the order of
/// art. 403 c.c. and none is missing before a recorded one.
/// </summary>
/// <remarks>Error codes: <c>urgent-removal.step-out-of-order</c>, <c>urgent-removal.step-missing</c>.</remarks>
public sealed class UrgentRemovalFactsValidator : AbstractValidator<UrgentRemovalFacts>
{
    /// <summary>The rules.</summary>
    public UrgentRemovalFactsValidator()
    {
        RuleFor(f => f).Custom((facts, context) =>
        {
            Instant previous = facts.PlacedInSafety;
            var previousStep = UrgentRemovalStep.PlacedInSafety;
            var gap = (UrgentRemovalStep?)null;
            for (var step = UrgentRemovalStep.TransmissionToProsecutor; step <= UrgentRemovalStep.CollegialDecree; step++)
            {
                if (facts.HappenedAt(step) is not { } at)
                {
                    gap ??= step;
                    continue;
                }
                if (gap is { } missing)
                {
                    context.AddFailure(new FluentValidation.Results.ValidationFailure(step.ToString(), $"{step} is recorded but {missing} is not.") { ErrorCode = "urgent-removal.step-missing" });
                }
                if (at < previous)
                {
                    context.AddFailure(new FluentValidation.Results.ValidationFailure(step.ToString(), $"{step} is recorded before {previousStep}.") { ErrorCode = "urgent-removal.step-out-of-order" });
                }
                previous = at;
                previousStep = step;
            }
        });
    }
}
