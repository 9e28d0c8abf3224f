namespace Affido.Rules;

/// <summary>
/// <c>duration.missing</c>: the plan states the presumed duration of the placement (L. 184/1983 art. 4 c. 4;
/// Reg. art. 8 a). Error. This is the finding for element a of the plan; <see cref="PlanElementsRule"/> reports b-h.
/// </summary>
public sealed class DurationMissingRule : IPlacementRule
{
    /// <inheritdoc />
    public IReadOnlyList<string> Codes { get; } = [RuleCodes.DurationMissing];

    /// <inheritdoc />
    public RuleValidity Validity => RuleValidity.Always;

    /// <inheritdoc />
    public IEnumerable<Finding> Evaluate(PlacementContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Plan.PresumedDuration is not null)
        {
            return [];
        }
        return
        [
            new Finding(
                RuleCodes.DurationMissing,
                Severity.Error,
                new("Il progetto non indica la durata presumibile dell'affidamento (art. 8 a).", "The plan does not state the presumed duration of the placement (art. 8 a)."),
                "L. 184/1983 art. 4 c. 4; Reg. art. 8 a"),
        ];
    }
}
