using Affido.Domain;

namespace Affido.Rules;

/// <summary>
/// <c>hearing.minor.missing</c>: a minor aged 12 or more on the date of the provision (the start), or younger with
/// capacity of discernment (<see cref="Minor.HasCapacityOfDiscernment"/>), must be heard (L. 184/1983 art. 4 c. 1;
/// art. 315-bis c.c.). Error, one finding per minor not heard by the evaluation date. The hearing is a right of the
/// minor, not a document: it is reported in urgent placements too.
/// </summary>
internal sealed class MinorHearingRule() : PlacementRule(Missing)
{
    public static FindingKind Missing { get; } = new(RuleCodes.MinorHearingMissing, Severity.Error, LegalSources.MinorHearing);

    public override IEnumerable<Finding> Evaluate(PlacementFacts facts, RuleContext context)
    {
        var placement = facts.Placement;
        foreach (var minor in placement.Minors)
        {
            var twelve = Ages.AnniversaryOf(minor.BirthDate, Ages.Hearing, context.Policy.LeapDayBirthday);
            bool byAge = placement.Start >= twelve;
            if ((!byAge && !minor.HasCapacityOfDiscernment) || placement.Hearings.Any(h => h.Minor == minor.Code))
            {
                continue;
            }
            var code = MessageArgument.Text("minor", minor.Code.Value);
            yield return byAge
                ? Missing.Create(
                    RuleMessages.Render(Missing.Code, code, MessageArgument.Date("birthday", twelve)),
                    [new(FindingDateRole.Birthday, twelve), new(FindingDateRole.Provision, placement.Start)],
                    minor.Code)
                : Missing.Create(
                    RuleMessages.Render(RuleMessages.Variant(Missing.Code, "discernment"), code),
                    [new(FindingDateRole.Provision, placement.Start)],
                    minor.Code);
        }
    }
}
