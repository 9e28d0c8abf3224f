using Affido.Domain;

namespace Affido.Rules;

/// <summary>
/// <c>minor.comes-of-age</c>: a minor of a placement that has not ended becomes an adult (from the day after the 18th
/// birthday, <see cref="Ages.AdultFrom"/>) on or before the planned end; continuing the placement up to 21 needs the
/// court (L. 184/1983 art. 4; policy). Warning, one per minor. An 18th birthday on the planned end itself is not
/// reported: the minor is still a minor on that day.
/// </summary>
public sealed class ComingOfAgeRule : IPlacementRule
{
    /// <inheritdoc />
    public IReadOnlyList<string> Codes { get; } = [RuleCodes.MinorComesOfAge];

    /// <inheritdoc />
    public RuleValidity Validity => RuleValidity.Always;

    /// <inheritdoc />
    public IEnumerable<Finding> Evaluate(PlacementContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var placement = context.Placement;
        if (placement.End is not null || PlacementTerm.Of(placement, context.Plan).PlannedEnd is not { } end)
        {
            yield break;
        }
        foreach (var minor in placement.Minors)
        {
            var adultFrom = Ages.AdultFrom(minor.BirthDate, context.Policy.LeapDayBirthday);
            if (adultFrom > end)
            {
                continue;
            }
            var eighteen = Ages.AnniversaryOf(minor.BirthDate, Ages.Majority, context.Policy.LeapDayBirthday);
            yield return new Finding(
                RuleCodes.MinorComesOfAge,
                Severity.Warning,
                new($"Il minore {minor.Code} compie 18 anni il {eighteen:dd/MM/uuuu}, prima della fine prevista ({end:dd/MM/uuuu}): la prosecuzione fino a 21 anni richiede il provvedimento del tribunale.", $"Minor {minor.Code} turns 18 on {eighteen:uuuu-MM-dd}, before the planned end ({end:uuuu-MM-dd}): continuing up to 21 needs the court."),
                "L. 184/1983 art. 4; policy",
                [new(FindingDateRole.Birthday, eighteen), new(FindingDateRole.PlannedEnd, end)],
                minor.Code);
        }
    }
}
