using Affido.Domain;
using NodaTime;

namespace Affido.Rules;

/// <summary>
/// The chain of terms of an urgent removal (art. 403 c.c., as replaced by L. 206/2021) as it stands at an evaluation
/// instant: every step with its deadline, when it happened and whether it is late, and the findings for the late steps.
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
/// Facts after <see cref="EvaluatedAt"/> are ignored, so the timeline can be replayed as it stood at any instant.
/// When the removal predates the terms (<see cref="UrgentRemovalTerms.Validity"/>), the steps are computed but no
/// finding is produced. Build with <see cref="Compute"/>.
/// </para>
/// <para>
/// A removal whose terms are not all met loses efficacy (art. 403 ult. c. c.c.): every finding says so.
/// </para>
/// </remarks>
/// <param name="Facts">What happened.</param>
/// <param name="EvaluatedAt">The evaluation instant ("now" for the caller).</param>
/// <param name="Steps">The six steps, in the order of <see cref="UrgentRemovalStep"/>.</param>
/// <param name="TermsApply">Whether the art. 403 terms apply (the removal is dated from 22 June 2022).</param>
public sealed record UrgentRemovalTimeline(
    UrgentRemovalFacts Facts,
    Instant EvaluatedAt,
    ValueArray<UrgentRemovalStepStatus> Steps,
    bool TermsApply)
{
    /// <summary>Finding code: the order was not sent to the prosecutor within 24 hours.</summary>
    public const string TransmissionOverdue = "urgent-removal.transmission-overdue";

    /// <summary>Finding code: the prosecutor did not ask for validation within the following 72 hours.</summary>
    public const string ValidationRequestOverdue = "urgent-removal.validation-request-overdue";

    /// <summary>Finding code: the court did not rule on validation within the following 48 hours.</summary>
    public const string ValidationOverdue = "urgent-removal.validation-overdue";

    /// <summary>Finding code: no hearing within 15 days of the validation decree.</summary>
    public const string HearingOverdue = "urgent-removal.hearing-overdue";

    /// <summary>Finding code: no collegial decree within 15 days of the hearing.</summary>
    public const string DecreeOverdue = "urgent-removal.decree-overdue";

    /// <summary>Every code the timeline can produce.</summary>
    public static IReadOnlyList<string> Codes { get; } = [TransmissionOverdue, ValidationRequestOverdue, ValidationOverdue, HearingOverdue, DecreeOverdue];

    /// <summary>The timeline of <paramref name="facts"/> at <paramref name="evaluatedAt"/>.</summary>
    /// <param name="facts">What happened.</param>
    /// <param name="evaluatedAt">The evaluation instant; facts after it are ignored.</param>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> is <see langword="null"/>.</exception>
    public static UrgentRemovalTimeline Compute(UrgentRemovalFacts facts, Instant evaluatedAt)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var placed = facts.PlacedInSafety <= evaluatedAt ? facts.PlacedInSafety : (Instant?)null;
        var steps = new UrgentRemovalStepStatus[6];
        steps[0] = new UrgentRemovalStepStatus(UrgentRemovalStep.PlacedInSafety, null, null, false, placed, false);

        var previousHappened = placed;
        var previousDeadline = facts.PlacedInSafety;
        for (var i = 1; i < steps.Length; i++)
        {
            var step = (UrgentRemovalStep)i;
            var running = previousHappened is not null;
            var runsFrom = previousHappened ?? previousDeadline;
            var deadline = UrgentRemovalTerms.Deadline(step, runsFrom);
            var happened = facts.HappenedAt(step) is { } at && at <= evaluatedAt ? at : (Instant?)null;
            var late = happened is { } h ? h > deadline : running && evaluatedAt > deadline;
            steps[i] = new UrgentRemovalStepStatus(step, runsFrom, deadline, running, happened, late);
            previousHappened = happened;
            previousDeadline = deadline;
        }

        var termsApply = UrgentRemovalTerms.Validity.AppliesTo(UrgentRemovalTerms.LocalDateInRome(facts.PlacedInSafety));
        return new UrgentRemovalTimeline(facts, evaluatedAt, [.. steps], termsApply);
    }

    /// <summary>The status of <paramref name="step"/>.</summary>
    /// <param name="step">The step.</param>
    public UrgentRemovalStepStatus this[UrgentRemovalStep step] => Steps[(int)step];

    /// <summary>One finding per late step (none when the terms do not apply), saying since when it is overdue.</summary>
    public IEnumerable<Finding> Findings()
    {
        if (!TermsApply)
        {
            yield break;
        }
        foreach (var status in Steps)
        {
            if (status.IsLate && status.Deadline is { } deadline)
            {
                yield return ToFinding(status, deadline);
            }
        }
    }

    private Finding ToFinding(UrgentRemovalStepStatus status, Instant deadline)
    {
        var (code, source, it, en) = status.Step switch
        {
            UrgentRemovalStep.TransmissionToProsecutor => (TransmissionOverdue, "art. 403 c. 2 c.c. (L. 206/2021)",
                "Il provvedimento di collocamento in luogo sicuro non è stato trasmesso al pubblico ministero presso il tribunale per i minorenni entro 24 ore",
                "The order placing the minor in safety was not sent to the public prosecutor at the juvenile court within 24 hours"),
            UrgentRemovalStep.ValidationRequest => (ValidationRequestOverdue, "art. 403 c. 3 c.c. (L. 206/2021)",
                "Il pubblico ministero non ha chiesto la convalida al tribunale per i minorenni entro le 72 ore successive alla trasmissione",
                "The public prosecutor did not ask the juvenile court for validation within 72 hours of the transmission"),
            UrgentRemovalStep.ValidationDecree => (ValidationOverdue, "art. 403 c. 4 c.c. (L. 206/2021)",
                "Il tribunale per i minorenni non ha provveduto sulla convalida entro le 48 ore successive alla richiesta",
                "The juvenile court did not rule on validation within 48 hours of the request"),
            UrgentRemovalStep.Hearing => (HearingOverdue, "art. 403 c. 4 c.c. (L. 206/2021)",
                "L'udienza di comparizione delle parti non si è tenuta entro 15 giorni dal decreto di convalida",
                "The hearing of the parties was not held within 15 days of the validation decree"),
            _ => (DecreeOverdue, "art. 403 c. 5 c.c. (L. 206/2021)",
                "Il tribunale in composizione collegiale non ha pronunciato il decreto entro 15 giorni dall'udienza",
                "The court sitting as a panel did not issue its decree within 15 days of the hearing"),
        };
        var due = UrgentRemovalTerms.Present(deadline);
        var (whenIt, whenEn) = status.HappenedAt is { } happened
            ? ($"avvenuto il {UrgentRemovalTerms.Present(happened)}", $"it happened on {UrgentRemovalTerms.Present(happened)}")
            : ("non ancora avvenuto", "it has not happened yet");
        var message = new BilingualText(
            $"{it}: termine {due}, scaduto da allora; {whenIt}. Il provvedimento perde efficacia (art. 403 ult. c. c.c.).",
            $"{en}: due by {due}, overdue since then; {whenEn}. The order loses efficacy (art. 403 last para. c.c.).");
        var dueDate = UrgentRemovalTerms.LocalDateInRome(deadline);
        var overdueSince = UrgentRemovalTerms.LocalDateInRome(deadline + Duration.Epsilon);
        return new Finding(code, Severity.Error, message, source,
            [new FindingDate(FindingDateRole.Due, dueDate), new FindingDate(FindingDateRole.OverdueSince, overdueSince)],
            Facts.Minor);
    }
}
