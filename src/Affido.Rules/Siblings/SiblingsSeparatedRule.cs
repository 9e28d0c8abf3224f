using Affido.Domain;
using NodaTime;

namespace Affido.Rules;

/// <summary>
/// <c>siblings.separated</c> (Warning, Reg. art. 4: the minor has the right "a non essere separato da fratelli e
/// sorelle", "qualora non sussistano espresse e motivate controindicazioni, individuate e specificate nel progetto di
/// affido o nel provvedimento del Tribunale"): siblings placed with different carers.
/// </summary>
/// <remarks>
/// <para>A rule of the case (<see cref="CaseFacts"/>): among the placements active on the evaluation date, the minors
/// that share a <see cref="Minor.SiblingGroup"/> are siblings. One finding per group whose members are with two or more
/// different carers in placements that state no contraindication
/// (<see cref="Placement.SiblingContraindication"/>, in the plan or in the court's decree): a placement that states one
/// justifies its minors living apart from the others.</para>
/// <para><see cref="Placement.SiblingsPlacedApart"/> only points to siblings outside the case (placed by another
/// service, so not among its placements): a placement without a contraindication that lists such siblings gets one
/// finding naming them. A listed sibling who is a minor of the case is judged from the case, not from the list.</para>
/// </remarks>
internal sealed class SiblingsSeparatedRule() : Rule<CaseFacts>(RuleValidity.Always, Separated)
{
    public static FindingKind Separated { get; } = new(RuleCodes.SiblingsSeparated, Severity.Warning, LegalSources.Minors);

    public override LocalDate ProvisionDate(CaseFacts facts, RuleContext context) => context.AsOf;

    public override IEnumerable<Finding> Evaluate(CaseFacts facts, RuleContext context)
    {
        var active = facts.Placements.Select(p => p.Placement).Where(p => p.IsActiveOn(context.AsOf)).ToList();
        var findings = new List<Finding>();
        var byGroup = active
            .Where(p => p.SiblingContraindication is null)
            .SelectMany(p => p.Minors.Where(m => m.SiblingGroup is not null).Select(m => (Group: m.SiblingGroup!.Value, Minor: m.Code, p.Carer)))
            .GroupBy(x => x.Group)
            .OrderBy(g => g.Key);
        foreach (var group in byGroup)
        {
            if (group.Select(x => x.Carer).Distinct().Count() < 2)
            {
                continue;
            }
            string siblings = string.Join(", ", group.OrderBy(x => x.Minor).Select(x => $"{x.Minor} ({x.Carer})"));
            findings.Add(Separated.Create(RuleMessages.Render(Separated.Code, MessageArgument.Text("group", group.Key.Value), MessageArgument.Text("siblings", siblings))));
        }

        var inCase = facts.Placements.SelectMany(p => p.Placement.Minors).Select(m => m.Code).ToHashSet();
        foreach (var placement in active.Where(p => p.SiblingContraindication is null))
        {
            var outside = placement.SiblingsPlacedApart.Where(c => !inCase.Contains(c)).Select(c => c.Value).Distinct().Order(StringComparer.Ordinal).ToList();
            if (outside.Count > 0)
            {
                var message = RuleMessages.Render(RuleMessages.Variant(Separated.Code, "outside-case"), MessageArgument.Text("siblings", string.Join(", ", outside)));
                findings.Add(Separated.Create(message, carer: placement.Carer));
            }
        }
        return findings;
    }
}
