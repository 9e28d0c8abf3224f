using Affido.Domain;

namespace Affido.Rules;

/// <summary>
/// <c>hearing.minor.missing</c>: a minor aged 12 or more on the date of the provision (the start), or younger with
/// capacity of discernment (<see cref="Minor.HasCapacityOfDiscernment"/>), must be heard (L. 184/1983 art. 4 c. 1;
/// art. 315-bis c.c.). Error, one finding per minor not heard. The hearing is a right of the minor, not a document: it
/// is reported in urgent placements too.
/// </summary>
public sealed class MinorHearingRule : IPlacementRule
{
    /// <inheritdoc />
    public IReadOnlyList<string> Codes { get; } = [RuleCodes.MinorHearingMissing];

    /// <inheritdoc />
    public RuleValidity Validity => RuleValidity.Always;

    /// <inheritdoc />
    public IEnumerable<Finding> Evaluate(PlacementContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var placement = context.Placement;
        foreach (var minor in placement.Minors)
        {
            var twelve = Ages.AnniversaryOf(minor.BirthDate, Ages.Hearing, context.Policy.LeapDayBirthday);
            bool byAge = placement.Start >= twelve;
            if ((!byAge && !minor.HasCapacityOfDiscernment) || placement.Hearings.Any(h => h.Minor == minor.Code))
            {
                continue;
            }
            yield return byAge
                ? new Finding(
                    RuleCodes.MinorHearingMissing,
                    Severity.Error,
                    new($"Il minore {minor.Code}, che ha compiuto 12 anni il {twelve:dd/MM/uuuu}, non è stato ascoltato.", $"Minor {minor.Code}, aged 12 since {twelve:uuuu-MM-dd}, has not been heard."),
                    "L. 184/1983 art. 4 c. 1",
                    [new(FindingDateRole.Birthday, twelve), new(FindingDateRole.Provision, placement.Start)],
                    minor.Code)
                : new Finding(
                    RuleCodes.MinorHearingMissing,
                    Severity.Error,
                    new($"Il minore {minor.Code}, di età inferiore a 12 anni ma capace di discernimento, non è stato ascoltato.", $"Minor {minor.Code}, under 12 but capable of discernment, has not been heard."),
                    "L. 184/1983 art. 4 c. 1",
                    [new(FindingDateRole.Provision, placement.Start)],
                    minor.Code);
        }
    }
}
