using NodaTime;

namespace Affido.Rules;

/// <summary>One step of an <see cref="UrgentRemovalTimeline"/>: its term, when it happened, whether it is late.</summary>
/// <remarks>
/// The term of a step runs from when the previous step actually happened. While the previous step has not happened the
/// term has not started (<see cref="IsRunning"/> is false): <see cref="Deadline"/> is then projected from the previous
/// step's own deadline, the latest date the chain allows, shown for the calendar but never judged: the delay is blamed
/// on the step that is actually late, and a finding never disappears as the case goes on.
/// </remarks>
/// <param name="Step">The step.</param>
/// <param name="RunsFrom">The instant its term runs from (the previous step, or its projected deadline); <see langword="null"/> for the placement in safety.</param>
/// <param name="Deadline">The last instant at which the step is in time; <see langword="null"/> for the placement in safety.</param>
/// <param name="IsRunning">Whether the term has started (the previous step has happened).</param>
/// <param name="HappenedAt">When the step happened, or <see langword="null"/> when it has not by the evaluation instant.</param>
/// <param name="IsLate">Whether it happened after its deadline, or has not happened and the deadline has passed.</param>
public sealed record UrgentRemovalStepStatus(
    UrgentRemovalStep Step,
    Instant? RunsFrom,
    Instant? Deadline,
    bool IsRunning,
    Instant? HappenedAt,
    bool IsLate)
{
    /// <summary>Whether the step has happened.</summary>
    public bool HasHappened => HappenedAt is not null;

    /// <summary>The deadline the step missed, when it is late: the step is overdue from any instant after it (the findings report it as "since" this deadline).</summary>
    public Instant? OverdueSince => IsLate ? Deadline : null;

    /// <summary>The deadline as a local date-time in Europe/Rome, for presentation.</summary>
    public ZonedDateTime? DeadlineInRome => Deadline?.InZone(UrgentRemovalTerms.Rome);

    /// <summary>When the step happened, as a local date-time in Europe/Rome, for presentation.</summary>
    public ZonedDateTime? HappenedInRome => HappenedAt?.InZone(UrgentRemovalTerms.Rome);
}
