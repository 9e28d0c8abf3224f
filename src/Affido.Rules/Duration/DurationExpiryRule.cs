using Affido.Domain;

namespace Affido.Rules;

/// <summary>
/// <c>duration.expiring</c> (Warning, the district's policy): the planned end falls within the policy's
/// <see cref="DistrictPolicy.ExpiryNoticeWindow"/>, i.e. from the planned end minus the window up to the planned end
/// itself; <c>duration.expired</c> (Error, L. 184/1983 art. 4 c. 4): the planned end has passed and the placement is
/// still active. The planned end is the presumed end, or the end granted by an extension that counts and was decreed
/// by the evaluation date (<see cref="PlacementTerm"/>). Only placements active on the date of the evaluation are judged.
/// </summary>
internal sealed class DurationExpiryRule() : PlacementRule(Expiring, Expired)
{
    public static FindingKind Expiring { get; } = new(RuleCodes.DurationExpiring, Severity.Warning, LegalSource.DistrictPolicy);

    public static FindingKind Expired { get; } = new(RuleCodes.DurationExpired, Severity.Error, LegalSources.Duration);

    public override IEnumerable<Finding> Evaluate(PlacementFacts facts, RuleContext context)
    {
        var placement = facts.Placement;
        var asOf = context.AsOf;
        if (!placement.IsActiveOn(asOf) || PlacementTerm.Of(placement, facts.Plan).PlannedEnd is not { } end)
        {
            return [];
        }
        if (asOf > end)
        {
            return [Expired.Create(RuleMessages.Render(Expired.Code, MessageArgument.Date("end", end)), [new(FindingDateRole.PlannedEnd, end), new(FindingDateRole.OverdueSince, end.PlusDays(1))])];
        }
        return asOf >= DateLengths.NoticeFrom(end, context.Policy)
            ? [Expiring.Create(RuleMessages.Render(Expiring.Code, MessageArgument.Date("end", end)), [new(FindingDateRole.PlannedEnd, end)])]
            : [];
    }
}
