using Affido.Domain;

namespace Affido.Rules;

/// <summary>
/// <c>court-report.overdue</c>: no report to the supervising authority (the giudice tutelare for consensual
/// placements, the tribunale per i minorenni for judicial ones) within 6 months of the last one sent by the evaluation
/// date, or of the start (L. 184/1983 art. 4 c. 3; <see cref="CourtReportSchedule"/>). Reports sent to the other
/// authority do not count. Error. Only placements active on the date of the evaluation are judged.
/// </summary>
internal sealed class CourtReportOverdueRule() : PlacementRule(Overdue)
{
    public static FindingKind Overdue { get; } = new(RuleCodes.CourtReportOverdue, Severity.Error, LegalSources.CourtReports);

    public override IEnumerable<Finding> Evaluate(PlacementFacts facts, RuleContext context)
    {
        var schedule = CourtReportSchedule.For(facts.Placement, context.AsOf);
        if (!schedule.IsOverdue || schedule.NextDue is not { } due)
        {
            return [];
        }
        string key = schedule.Authority == Authority.GuardianshipJudge ? Overdue.Code : RuleMessages.Variant(Overdue.Code, "juvenile-court");
        return [Overdue.Create(RuleMessages.Render(key, MessageArgument.Date("due", due)), schedule.OverdueDates())];
    }
}
