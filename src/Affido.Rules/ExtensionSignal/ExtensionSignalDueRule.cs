using Affido.Domain;

namespace Affido.Rules;

/// <summary>
/// <c>duration.extension-signal-due</c> (Warning, L. 184/1983 art. 4 c. 4 as replaced by D.Lgs. 149/2022 art. 28): the
/// juvenile court extends a placement only on the public prosecutor's request, so within the policy's notice window
/// before the planned end the social service must have signalled to the prosecutor that an extension may be needed.
/// </summary>
/// <remarks>
/// <para>
/// The planned end is the one <c>duration.expiring</c> uses (<see cref="PlacementTerm.PlannedEnd"/>: the presumed end,
/// or the end granted by a counting extension). A signal counts for the current term when sent on or after the term
/// began (the placement's start, or the decree of the extension that set the planned end) and by the evaluation date;
/// a signal sent before the window opens counts too.
/// </para>
/// <para>
/// The finding is produced on the days from the start of the window (planned end minus
/// <see cref="DistrictPolicy.ExpiryNoticeWindow"/>) to the planned end, both included, while the placement is active.
/// Without a presumed duration or extension there is no planned end (<c>duration.missing</c> reports it); after the
/// end, <c>duration.expired</c> does.
/// </para>
/// <para>
/// It applies to placements whose provision (the start) is dated from 28 February 2023
/// (<see cref="RuleValidity.SinceCartabia"/>): before, the court extended for harm without the prosecutor's request,
/// so no signal was due and no version of the rule applies.
/// </para>
/// </remarks>
internal sealed class ExtensionSignalDueRule() : PlacementRule(RuleValidity.SinceCartabia, Due)
{
    public static FindingKind Due { get; } = new(RuleCodes.ExtensionSignalDue, Severity.Warning, LegalSources.DurationSinceCartabia);

    public override IEnumerable<Finding> Evaluate(PlacementFacts facts, RuleContext context)
    {
        var placement = facts.Placement;
        var asOf = context.AsOf;
        if (!placement.IsActiveOn(asOf) || PlannedTerm.Of(placement, facts.Plan) is not { } term)
        {
            return [];
        }
        var windowStart = DateLengths.NoticeFrom(term.End, context.Policy);
        if (asOf < windowStart || asOf > term.End || placement.ExtensionSignals.Any(s => s.SentOn >= term.Begin))
        {
            return [];
        }
        var message = RuleMessages.Render(Due.Code, MessageArgument.Date("end", term.End), MessageArgument.Date("from", windowStart));
        return [Due.Create(message, [new(FindingDateRole.Due, windowStart), new(FindingDateRole.PlannedEnd, term.End), new(FindingDateRole.Provision, placement.Start)])];
    }
}
