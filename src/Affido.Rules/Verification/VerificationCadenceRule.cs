using Affido.Domain;

namespace Affido.Rules;

/// <summary>
/// <c>verification.cadence-too-long</c>: the plan's verification cadence is at most 3 months (Reg. art. 8 f:
/// "in ogni caso non superiore a tre mesi"), compared from the start with <see cref="NodaTime.LocalDate.Plus(NodaTime.Period)"/>.
/// Error.
/// </summary>
internal sealed class VerificationCadenceRule() : PlacementRule(TooLong)
{
    public static FindingKind TooLong { get; } = new(RuleCodes.VerificationCadenceTooLong, Severity.Error, LegalSources.Verifications);

    public override IEnumerable<Finding> Evaluate(PlacementFacts facts, RuleContext context)
        => facts.Plan.VerificationCadence is { } cadence && VerificationSchedule.IsTooLong(cadence, facts.Placement.Start)
            ? [TooLong.Create(RuleMessages.Render(TooLong.Code, MessageArgument.Period("cadence", cadence)))]
            : [];
}
