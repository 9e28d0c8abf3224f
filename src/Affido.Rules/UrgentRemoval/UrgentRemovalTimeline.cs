using Affido.Domain;
using NodaTime;

namespace Affido.Rules;

/// <summary>
/// The chain of terms of an urgent removal (art. 403 c.c., as replaced by L. 206/2021) as it stands at an evaluation
/// instant, for a calendar: every step with its deadline, when it happened and whether it is late. The findings for
/// the late steps come from <see cref="RuleEvaluator.Evaluate(UrgentRemovalFacts, Instant)"/>, which reads this timeline.
/// </summary>
/// <remarks>
/// <para>
/// Each step's term runs from when the previous step actually happened ("entro le successive settantadue ore"): a late
/// transmission gives the prosecutor a later deadline, and the delay is reported on the transmission. A step whose
/// previous step has not happened is not running (its deadline is only projected) and cannot be late. So, as a case
/// unfolds, a finding never disappears, and delaying a step never removes a finding about it or an earlier step.
/// Delaying a step can remove the next step's finding, because that term then starts later; and since the 15-day
/// terms are calendar days, shifting a whole story by an hour across midnight can move a day deadline by a day (tests
/// show both). Shifting a step and everything after it never removes an hour-term finding.
/// </para>
/// <para>
/// Facts after <see cref="EvaluatedAt"/> are ignored, so the timeline can be replayed as it stood at any instant. The
/// steps are computed whatever the date; findings are produced only for removals from 22 June 2022
/// (<see cref="RuleValidity.SinceLaw206Of2021"/>). Build with <see cref="Compute"/>.
/// </para>
/// </remarks>
/// <param name="Facts">What happened.</param>
/// <param name="EvaluatedAt">The evaluation instant ("now" for the caller).</param>
/// <param name="Steps">The six steps, in the order of <see cref="UrgentRemovalStep"/>.</param>
public sealed record UrgentRemovalTimeline(UrgentRemovalFacts Facts, Instant EvaluatedAt, ValueArray<UrgentRemovalStepStatus> Steps)
{
    /// <summary>The timeline of <paramref name="facts"/> at <paramref name="evaluatedAt"/>.</summary>
    /// <param name="facts">What happened.</param>
    /// <param name="evaluatedAt">The evaluation instant; facts after it are ignored.</param>
    /// <returns>The timeline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An instant of <paramref name="facts"/> or <paramref name="evaluatedAt"/> falls outside <see cref="SupportedDates"/> in Europe/Rome.</exception>
    public static UrgentRemovalTimeline Compute(UrgentRemovalFacts facts, Instant evaluatedAt)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (!UrgentRemovalFactsValidator.InSupportedDates(evaluatedAt))
        {
            throw new ArgumentOutOfRangeException(nameof(evaluatedAt), "The evaluation instant falls outside the supported dates (SupportedDates).");
        }
        for (var step = UrgentRemovalStep.PlacedInSafety; step <= UrgentRemovalStep.CollegialDecree; step++)
        {
            if (facts.HappenedAt(step) is { } at && !UrgentRemovalFactsValidator.InSupportedDates(at))
            {
                throw new ArgumentOutOfRangeException(nameof(facts), $"{UrgentRemovalFactsValidator.Member(step)} falls outside the supported dates (SupportedDates).");
            }
        }

        var placed = facts.PlacedInSafety <= evaluatedAt ? facts.PlacedInSafety : (Instant?)null;
        var steps = new UrgentRemovalStepStatus[6];
        steps[0] = new UrgentRemovalStepStatus(UrgentRemovalStep.PlacedInSafety, null, null, false, placed, false);

        var previousHappened = placed;
        var previousDeadline = facts.PlacedInSafety;
        for (int i = 1; i < steps.Length; i++)
        {
            var step = (UrgentRemovalStep)i;
            bool running = previousHappened is not null;
            var runsFrom = previousHappened ?? previousDeadline;
            var deadline = UrgentRemovalTerms.Deadline(step, runsFrom);
            var happened = facts.HappenedAt(step) is { } at && at <= evaluatedAt ? at : (Instant?)null;
            bool late = happened is { } h ? h > deadline : running && evaluatedAt > deadline;
            steps[i] = new UrgentRemovalStepStatus(step, runsFrom, deadline, running, happened, late);
            previousHappened = happened;
            previousDeadline = deadline;
        }
        return new UrgentRemovalTimeline(facts, evaluatedAt, [.. steps]);
    }

    /// <summary>The status of <paramref name="step"/>.</summary>
    /// <param name="step">The step.</param>
    public UrgentRemovalStepStatus this[UrgentRemovalStep step] => Steps[(int)step];
}
