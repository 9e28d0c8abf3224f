using Affido.Domain;

namespace Affido.Rules;

/// <summary>
/// <c>minor.comes-of-age</c>: a minor of a placement that has not ended by the evaluation date becomes an adult (from
/// the day after the 18th birthday, <see cref="Ages.AdultFrom"/>) on or before the planned end; continuing the
/// placement up to 21 needs the tribunale per i minorenni (L. 184/1983 art. 4; policy). Warning, one per minor. An
/// 18th birthday on the planned end itself is not reported: the minor is still a minor on that day.
/// </summary>
internal sealed class ComingOfAgeRule() : PlacementRule(ComesOfAge)
{
    public static FindingKind ComesOfAge { get; } = new(RuleCodes.MinorComesOfAge, Severity.Warning, LegalSources.ComingOfAge);

    public override IEnumerable<Finding> Evaluate(PlacementFacts facts, RuleContext context)
    {
        var placement = facts.Placement;
        if (placement.End is not null || PlacementTerm.Of(placement, facts.Plan).PlannedEnd is not { } end)
        {
            return [];
        }
        var leapDay = context.Policy.LeapDayBirthday;
        return placement.Minors
            .Where(minor => Ages.AdultFrom(minor.BirthDate, leapDay) <= end)
            .Select(minor =>
            {
                var eighteen = Ages.AnniversaryOf(minor.BirthDate, Ages.Majority, leapDay);
                return ComesOfAge.Create(
                    RuleMessages.Render(ComesOfAge.Code, MessageArgument.Text("minor", minor.Code.Value), MessageArgument.Date("birthday", eighteen), MessageArgument.Date("end", end)),
                    [new(FindingDateRole.Birthday, eighteen), new(FindingDateRole.PlannedEnd, end)],
                    minor.Code);
            })
            .ToList();
    }
}
