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
public sealed class UrgentRemovalFactsValidator : AffidoValidator<UrgentRemovalFacts>
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
                    context.AddFailure(SupportedDateValidatorExtensions.DateOutOfRange(member));
                }
                if (gap is { } missing)
                {
                    context.AddFailure(Failure(member, StepMissing, missing));
                }
                if (at < previous.At)
                {
                    context.AddFailure(Failure(member, StepOutOfOrder, previous.Step));
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

    /// <summary>A failure of <paramref name="member"/> that names the earlier <paramref name="step"/> it concerns, in words and by its member.</summary>
    private static ValidationFailure Failure(string member, string code, UrgentRemovalStep step)
        => RuleMessages.Failure(member, code,
            MessageArgument.Words("step", RuleMessages.Render(RuleMessages.Fragment("urgent-removal-step", StepKey(step)))),
            MessageArgument.Text("member", Member(step)));

    /// <summary>The key of <paramref name="step"/>'s name in the <c>urgent-removal-step</c> fragments.</summary>
    private static string StepKey(UrgentRemovalStep step) => step switch
    {
        UrgentRemovalStep.PlacedInSafety => "placed-in-safety",
        UrgentRemovalStep.TransmissionToProsecutor => "transmission-to-prosecutor",
        UrgentRemovalStep.ValidationRequest => "validation-request",
        UrgentRemovalStep.ValidationDecree => "validation-decree",
        UrgentRemovalStep.Hearing => "hearing",
        _ => "collegial-decree",
    };
}
