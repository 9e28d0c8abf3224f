using NodaTime;

namespace Affido.Rules;

/// <summary>
/// What the rules about one placement share: by default they apply whatever the date (<see cref="RuleValidity.Always"/>)
/// and are versioned by the start of the placement, the date of the provision that starts it.
/// </summary>
internal abstract class PlacementRule : Rule<PlacementFacts>
{
    /// <summary>A rule in force whatever the date.</summary>
    protected PlacementRule(params FindingKind[] kinds)
        : base(RuleValidity.Always, kinds)
    {
    }

    /// <summary>A rule in force during <paramref name="validity"/>.</summary>
    protected PlacementRule(RuleValidity validity, params FindingKind[] kinds)
        : base(validity, kinds)
    {
    }

    /// <inheritdoc />
    public override LocalDate ProvisionDate(PlacementFacts facts, RuleContext context) => facts.Placement.Start;
}
