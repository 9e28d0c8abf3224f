namespace Affido.Rules;

/// <summary>
/// <c>commitment.carers.missing</c>: the carers sign a commitment (atto di impegno) before the placement (Reg. art. 3).
/// Error. Not reported while an urgent placement's documents are pending.
/// </summary>
public sealed class CarersCommitmentRule : IPlacementRule
{
    /// <inheritdoc />
    public IReadOnlyList<string> Codes { get; } = [RuleCodes.CarersCommitmentMissing];

    /// <inheritdoc />
    public RuleValidity Validity => RuleValidity.Always;

    /// <inheritdoc />
    public IEnumerable<Finding> Evaluate(PlacementContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Placement.Commitment is not null || PrescribedDocuments.ArePending(context))
        {
            return [];
        }
        return
        [
            new Finding(
                RuleCodes.CarersCommitmentMissing,
                Severity.Error,
                new("Manca l'atto di impegno sottoscritto dagli affidatari.", "The carers' signed commitment (atto di impegno) is missing."),
                "Reg. art. 3",
                [new(FindingDateRole.Provision, context.Placement.Start)]),
        ];
    }
}
