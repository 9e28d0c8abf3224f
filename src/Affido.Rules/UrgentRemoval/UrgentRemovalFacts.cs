using Affido.Domain;
using NodaTime;

namespace Affido.Rules;

/// <summary>
/// What happened in an urgent removal (art. 403 c.c., as replaced by L. 206/2021 art. 1 c. 27): the instant the minor was
/// placed in safety and the instants of the later steps that have happened.
/// </summary>
/// <remarks>
/// Instants, not local times: the art. 403 terms in hours are elapsed hours, so a term across a daylight-saving change
/// is exact. Record each step when it happens; a step not yet happened is <see langword="null"/>. Built with an object
/// initializer (<see cref="PlacedInSafety"/> is required). Validated by <see cref="UrgentRemovalFactsValidator"/>
/// (steps in order, none missing before a recorded one); evaluate with
/// <see cref="RuleEvaluator.Evaluate(UrgentRemovalFacts, Instant)"/>, and list the steps with
/// <see cref="UrgentRemovalTimeline"/>.
/// </remarks>
public sealed record UrgentRemovalFacts
{
    /// <summary>When the public authority placed the minor in safety.</summary>
    public required Instant PlacedInSafety { get; init; }

    /// <summary>When the order and its documents were sent to the public prosecutor at the juvenile court.</summary>
    public Instant? OrderSentToProsecutor { get; init; }

    /// <summary>When the prosecutor asked the court to validate.</summary>
    public Instant? ValidationRequested { get; init; }

    /// <summary>When the court ruled on validation (decree of the president or a delegated judge).</summary>
    public Instant? ValidationDecreed { get; init; }

    /// <summary>When the hearing of the parties was held.</summary>
    public Instant? HearingHeld { get; init; }

    /// <summary>When the court, as a panel, issued the decree confirming, modifying or revoking.</summary>
    public Instant? CollegialDecreeIssued { get; init; }

    /// <summary>The minor removed, when the caller wants it on the findings.</summary>
    public MinorCode? Minor { get; init; }

    /// <summary>When <paramref name="step"/> happened, or <see langword="null"/> when it has not (yet).</summary>
    /// <param name="step">The step.</param>
    /// <returns>The instant, if any.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="step"/> is not a defined step.</exception>
    public Instant? HappenedAt(UrgentRemovalStep step) => step switch
    {
        UrgentRemovalStep.PlacedInSafety => PlacedInSafety,
        UrgentRemovalStep.TransmissionToProsecutor => OrderSentToProsecutor,
        UrgentRemovalStep.ValidationRequest => ValidationRequested,
        UrgentRemovalStep.ValidationDecree => ValidationDecreed,
        UrgentRemovalStep.Hearing => HearingHeld,
        UrgentRemovalStep.CollegialDecree => CollegialDecreeIssued,
        _ => throw new ArgumentOutOfRangeException(nameof(step), step, "Undefined urgent-removal step."),
    };

    /// <summary>A copy with <paramref name="step"/> happened at <paramref name="at"/> (or not happened, with <see langword="null"/>).</summary>
    /// <param name="step">The step; not <see cref="UrgentRemovalStep.PlacedInSafety"/> with a <see langword="null"/> instant.</param>
    /// <param name="at">When it happened.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="step"/> is undefined, or it is the placement in safety and <paramref name="at"/> is <see langword="null"/>.</exception>
    public UrgentRemovalFacts With(UrgentRemovalStep step, Instant? at) => step switch
    {
        UrgentRemovalStep.PlacedInSafety when at is { } placed => this with { PlacedInSafety = placed },
        UrgentRemovalStep.TransmissionToProsecutor => this with { OrderSentToProsecutor = at },
        UrgentRemovalStep.ValidationRequest => this with { ValidationRequested = at },
        UrgentRemovalStep.ValidationDecree => this with { ValidationDecreed = at },
        UrgentRemovalStep.Hearing => this with { HearingHeld = at },
        UrgentRemovalStep.CollegialDecree => this with { CollegialDecreeIssued = at },
        _ => throw new ArgumentOutOfRangeException(nameof(step), step, "Undefined step, or a placement in safety without an instant."),
    };

    /// <summary>The facts as they stood at <paramref name="at"/>: the later steps have not happened yet (the placement in safety is kept: without it there is no removal to judge, and no step of its chain can be late).</summary>
    /// <param name="at">The instant of the evaluation.</param>
    /// <returns>The facts without the later steps.</returns>
    public UrgentRemovalFacts AsOf(Instant at) => this with
    {
        OrderSentToProsecutor = OrderSentToProsecutor <= at ? OrderSentToProsecutor : null,
        ValidationRequested = ValidationRequested <= at ? ValidationRequested : null,
        ValidationDecreed = ValidationDecreed <= at ? ValidationDecreed : null,
        HearingHeld = HearingHeld <= at ? HearingHeld : null,
        CollegialDecreeIssued = CollegialDecreeIssued <= at ? CollegialDecreeIssued : null,
    };
}
