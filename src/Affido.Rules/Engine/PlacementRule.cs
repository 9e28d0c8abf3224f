using NodaTime;

namespace Affido.Rules;

/// <summary>
/// What the rules about one placement share: by default they apply whatever the date (<see cref="RuleValidity.Always"/>)
/// and are versioned by the start of the placement, the date of the provision that starts it.
/// </summary>
internal abstract class PlacementRule : IRule<PlacementFacts>
{
    /// <inheritdoc />
    public abstract IReadOnlyList<FindingKind> Kinds { get; }

    /// <inheritdoc />
    public virtual RuleValidity Validity => RuleValidity.Always;

    /// <inheritdoc />
    public virtual LocalDate ProvisionDate(PlacementFacts facts, RuleContext context) => facts.Placement.Start;

    /// <inheritdoc />
    public abstract IEnumerable<Finding> Evaluate(PlacementFacts facts, RuleContext context);
}
