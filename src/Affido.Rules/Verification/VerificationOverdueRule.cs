using Affido.Domain;

namespace Affido.Rules;

/// <summary>
/// <c>verification.overdue</c>: no verification within the cadence since the last one held by the evaluation date,
/// or since the start (Reg. art. 8 f; <see cref="VerificationSchedule"/>). Error, with the due date and the first
/// overdue day. Only placements active on the date of the evaluation are judged.
/// </summary>
internal sealed class VerificationOverdueRule() : PlacementRule(Overdue)
{
    public static FindingKind Overdue { get; } = new(RuleCodes.VerificationOverdue, Severity.Error, LegalSources.Verifications);

    public override IEnumerable<Finding> Evaluate(PlacementFacts facts, RuleContext context)
    {
        var schedule = VerificationSchedule.For(facts.Placement, facts.Plan, context.AsOf);
        if (!schedule.IsOverdue || schedule.NextDue is not { } due)
        {
            return [];
        }
        var message = schedule.LastAct is { } last
            ? RuleMessages.Render(Overdue.Code, MessageArgument.Date("last", last), MessageArgument.Date("due", due))
            : RuleMessages.Render(RuleMessages.Variant(Overdue.Code, "since-start"), MessageArgument.Date("due", due));
        return [Overdue.Create(message, schedule.OverdueDates())];
    }
}
