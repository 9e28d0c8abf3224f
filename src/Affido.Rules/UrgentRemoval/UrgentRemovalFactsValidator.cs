using Affido.Domain;
using FluentValidation;
using FluentValidation.Results;
using NodaTime;

namespace Affido.Rules;

/// <summary>
/// Checks that urgent-removal facts are coherent before they are judged: every instant falls on a date of
/// <see cref="SupportedDates"/> in Europe/Rome (<c>date.out-of-range</c>), the recorded steps follow the order of
/// art. 403 c.c. (<c>urgent-removal.step-out-of-order</c>) and none is missing before a recorded one
/// (<c>urgent-removal.step-missing</c>). Property paths name the step's member (<c>ValidationRequested</c>...).
/// </summary>
public sealed class UrgentRemovalFactsValidator : AbstractValidator<UrgentRemovalFacts>
{
    /// <summary>Error code: a step is recorded before the previous one.</summary>
    public const string StepOutOfOrder = "urgent-removal.step-out-of-order";

    /// <summary>Error code: a step is recorded while an earlier one is not.</summary>
    public const string StepMissing = "urgent-removal.step-missing";

    /// <summary>The one instance (validators are stateless).</summary>
    public static UrgentRemovalFactsValidator Instance { get; } = new();

    /// <summary>Declares the checks.</summary>
    public UrgentRemovalFactsValidator()
    {
        RuleFor(f => f.Minor!.Value).PseudonymousCode().OverridePropertyName(nameof(UrgentRemovalFacts.Minor)).When(f => f.Minor is not null);
        RuleFor(f => f).Custom((facts, context) =>
        {
            var previous = (Step: UrgentRemovalStep.PlacedInSafety, At: facts.PlacedInSafety);
            UrgentRemovalStep? gap = null;
            for (var step = UrgentRemovalStep.PlacedInSafety; step <= UrgentRemovalStep.CollegialDecree; step++)
            {
                if (facts.HappenedAt(step) is not { } at)
                {
                    gap ??= step;
                    continue;
                }
                string member = Member(step);
                if (!InSupportedDates(at))
                {
                    context.AddFailure(Failure(member, ValidationCodes.DateOutOfRange, $"'{member}' falls outside the supported dates ({SupportedDateValidatorExtensions.Range}) in Europe/Rome."));
                }
                if (gap is { } missing)
                {
                    context.AddFailure(Failure(member, StepMissing, $"'{member}' is recorded but '{Member(missing)}' is not."));
                }
                if (at < previous.At)
                {
                    context.AddFailure(Failure(member, StepOutOfOrder, $"'{member}' is recorded before '{Member(previous.Step)}'."));
                }
                previous = (step, at);
            }
        });
    }

    /// <summary>The member of <see cref="UrgentRemovalFacts"/> that records <paramref name="step"/>.</summary>
    internal static string Member(UrgentRemovalStep step) => step switch
    {
        UrgentRemovalStep.PlacedInSafety => nameof(UrgentRemovalFacts.PlacedInSafety),
        UrgentRemovalStep.TransmissionToProsecutor => nameof(UrgentRemovalFacts.OrderSentToProsecutor),
        UrgentRemovalStep.ValidationRequest => nameof(UrgentRemovalFacts.ValidationRequested),
        UrgentRemovalStep.ValidationDecree => nameof(UrgentRemovalFacts.ValidationDecreed),
        UrgentRemovalStep.Hearing => nameof(UrgentRemovalFacts.HearingHeld),
        _ => nameof(UrgentRemovalFacts.CollegialDecreeIssued),
    };

    /// <summary>The first instant of <see cref="SupportedDates.Earliest"/> in Europe/Rome.</summary>
    private static readonly Instant Earliest = UrgentRemovalTerms.Rome.AtStartOfDay(SupportedDates.Earliest).ToInstant();

    /// <summary>The last instant of <see cref="SupportedDates.Latest"/> in Europe/Rome.</summary>
    private static readonly Instant Latest = UrgentRemovalTerms.EndOfDay(SupportedDates.Latest);

    /// <summary>Whether <paramref name="at"/> falls on a date of <see cref="SupportedDates"/> in Europe/Rome (compared as instants, so never an overflow).</summary>
    internal static bool InSupportedDates(Instant at) => at >= Earliest && at <= Latest;

    private static ValidationFailure Failure(string member, string code, string message) => new(member, message) { ErrorCode = code };

    /// <summary>A <see langword="null"/> instance is a <see cref="ValidationCodes.Required"/> failure, not an exception (issue 12).</summary>
    /// <param name="context">The validation context.</param>
    /// <param name="result">The result the failure is added to.</param>
    /// <returns>Whether the rules should run (the instance is not <see langword="null"/>).</returns>
    protected override bool PreValidate(ValidationContext<UrgentRemovalFacts> context, ValidationResult result) => RuleMessages.ReportNull(context, result);
}
