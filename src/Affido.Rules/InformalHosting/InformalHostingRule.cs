using Affido.Domain;
using NodaTime;

namespace Affido.Rules;

/// <summary>
/// <c>informal-hosting.report-due</c> (Error): a person who is not a relative within the 4th degree and hosts a minor
/// stably for more than six months must report it to the public prosecutor at the juvenile court (L. 184/1983 art. 9 c. 4).
/// </summary>
/// <remarks>
/// The finding is produced from <see cref="InformalHosting.ReportDueFrom"/> (the day after six months) when no report was
/// made by the evaluation date (an earlier report counts). A hosting that ended on or before the day six months were
/// reached never owed the report; one that went past it owes it even after it ended. In force since the original text
/// of 1983 (<see cref="RuleValidity.Always"/>).
/// </remarks>
internal sealed class InformalHostingRule() : Rule<InformalHosting>(RuleValidity.Always, ReportDue)
{
    public static FindingKind ReportDue { get; } = new(RuleCodes.InformalHostingReportDue, Severity.Error, LegalSources.InformalHosting);

    public override LocalDate ProvisionDate(InformalHosting facts, RuleContext context) => facts.HostingSince;

    public override IEnumerable<Finding> Evaluate(InformalHosting facts, RuleContext context)
    {
        var dueFrom = facts.ReportDueFrom;
        if (facts.HostIsCloseRelative || context.AsOf < dueFrom || facts.HostingEndedOn < dueFrom || facts.ReportedOn is not null)
        {
            return [];
        }
        var message = RuleMessages.Render(ReportDue.Code, MessageArgument.Date("since", facts.HostingSince), MessageArgument.Date("from", dueFrom));
        return [ReportDue.Create(message, [new(FindingDateRole.OverdueSince, dueFrom)], facts.Minor)];
    }
}
