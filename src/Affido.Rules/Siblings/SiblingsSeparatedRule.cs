namespace Affido.Rules;

/// <summary>
/// <c>siblings.separated</c>: siblings are placed together unless the plan or the decree states a reasoned
/// contraindication (Reg. art. 4: "salvo espresse e motivate controindicazioni"). Warning, naming the siblings placed
/// apart.
/// </summary>
public sealed class SiblingsSeparatedRule : IPlacementRule
{
    /// <inheritdoc />
    public IReadOnlyList<string> Codes { get; } = [RuleCodes.SiblingsSeparated];

    /// <inheritdoc />
    public RuleValidity Validity => RuleValidity.Always;

    /// <inheritdoc />
    public IEnumerable<Finding> Evaluate(PlacementContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var placement = context.Placement;
        if (placement.SiblingsPlacedApart.IsEmpty || placement.SiblingContraindication is not null)
        {
            return [];
        }
        string apart = string.Join(", ", placement.SiblingsPlacedApart.Select(c => c.Value).Distinct().Order(StringComparer.Ordinal));
        return
        [
            new Finding(
                RuleCodes.SiblingsSeparated,
                Severity.Warning,
                new($"Fratelli collocati separatamente ({apart}) senza controindicazioni espresse e motivate nel progetto o nel decreto.", $"Siblings placed apart ({apart}) without a reasoned contraindication stated in the plan or the decree."),
                "Reg. art. 4"),
        ];
    }
}
