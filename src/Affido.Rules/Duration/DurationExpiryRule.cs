using Affido.Domain;

namespace Affido.Rules;

/// <summary>
/// <c>duration.expiring</c> (Warning, source "policy"): the planned end falls within the policy's
/// <see cref="DistrictPolicy.ExpiryNoticeWindow"/>, i.e. from the planned end minus the window up to the planned end
/// itself; <c>duration.expired</c> (Error, L. 184/1983 art. 4 c. 4): the planned end has passed and the placement is
/// still active. The planned end is the presumed end, or the end granted by a counting extension
/// (<see cref="PlacementTerm"/>). Only placements active on the date of the evaluation are judged.
/// </summary>
public sealed class DurationExpiryRule : IPlacementRule
{
    /// <inheritdoc />
    public IReadOnlyList<string> Codes { get; } = [RuleCodes.DurationExpiring, RuleCodes.DurationExpired];

    /// <inheritdoc />
    public RuleValidity Validity => RuleValidity.Always;

    /// <inheritdoc />
    public IEnumerable<Finding> Evaluate(PlacementContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var placement = context.Placement;
        var asOf = context.AsOf;
        if (!placement.IsActiveOn(asOf) || PlacementTerm.Of(placement, context.Plan).PlannedEnd is not { } end)
        {
            return [];
        }
        if (asOf > end)
        {
            return
            [
                new Finding(
                    RuleCodes.DurationExpired,
                    Severity.Error,
                    new($"L'affidamento è scaduto il {end:dd/MM/uuuu} ed è ancora in corso senza proroga.", $"The placement expired on {end:uuuu-MM-dd} and is still running without an extension."),
                    "L. 184/1983 art. 4 c. 4",
                    [new(FindingDateRole.PlannedEnd, end), new(FindingDateRole.OverdueSince, end.PlusDays(1))]),
            ];
        }
        var noticeFrom = DateLengths.NoticeFrom(end, context.Policy);
        if (asOf >= noticeFrom)
        {
            return
            [
                new Finding(
                    RuleCodes.DurationExpiring,
                    Severity.Warning,
                    new($"L'affidamento scade il {end:dd/MM/uuuu}.", $"The placement expires on {end:uuuu-MM-dd}."),
                    "policy",
                    [new(FindingDateRole.PlannedEnd, end)]),
            ];
        }
        return [];
    }
}
