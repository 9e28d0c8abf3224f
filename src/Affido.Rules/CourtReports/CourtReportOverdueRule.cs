using Affido.Domain;

namespace Affido.Rules;

/// <summary>
/// <c>court-report.overdue</c>: no report to the supervising authority (the giudice tutelare for consensual
/// placements, the tribunale per i minorenni for judicial ones) within 6 months of the last one, or of the start
/// (L. 184/1983 art. 4 c. 3; <see cref="CourtReportSchedule"/>). Reports sent to the other authority do not count.
/// Error. Only placements active on the date of the evaluation are judged.
/// </summary>
public sealed class CourtReportOverdueRule : IPlacementRule
{
    /// <inheritdoc />
    public IReadOnlyList<string> Codes { get; } = [RuleCodes.CourtReportOverdue];

    /// <inheritdoc />
    public RuleValidity Validity => RuleValidity.Always;

    /// <inheritdoc />
    public IEnumerable<Finding> Evaluate(PlacementContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var schedule = CourtReportSchedule.For(context.Placement, context.AsOf);
        if (!schedule.IsOverdue || schedule.NextDue is not { } due)
        {
            return [];
        }
        var (it, en) = schedule.Authority == Authority.GuardianshipJudge
            ? ("al giudice tutelare", "to the giudice tutelare")
            : ("al tribunale per i minorenni", "to the tribunale per i minorenni");
        return
        [
            new Finding(
                RuleCodes.CourtReportOverdue,
                Severity.Error,
                new($"Relazione semestrale {it} non inviata: era dovuta entro il {due:dd/MM/uuuu}.", $"Six-monthly report {en} not sent: it was due by {due:uuuu-MM-dd}."),
                "L. 184/1983 art. 4 c. 3",
                schedule.OverdueDates()),
        ];
    }
}
