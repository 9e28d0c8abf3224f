using Affido.Domain;

namespace Affido.Rules;

/// <summary>
/// <c>verification.cadence-too-long</c>: the plan's verification cadence is at most 3 months (Reg. art. 8 f:
/// "in ogni caso non superiore a tre mesi"), compared from the start with <see cref="NodaTime.LocalDate.Plus(NodaTime.Period)"/>.
/// Error.
/// </summary>
public sealed class VerificationCadenceRule : IPlacementRule
{
    /// <inheritdoc />
    public IReadOnlyList<string> Codes { get; } = [RuleCodes.VerificationCadenceTooLong];

    /// <inheritdoc />
    public RuleValidity Validity => RuleValidity.Always;

    /// <inheritdoc />
    public IEnumerable<Finding> Evaluate(PlacementContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var cadence = context.Plan.VerificationCadence;
        if (cadence is null || !VerificationSchedule.IsTooLong(cadence, context.Placement.Start))
        {
            return [];
        }
        return
        [
            new Finding(
                RuleCodes.VerificationCadenceTooLong,
                Severity.Error,
                new($"La cadenza delle verifiche del progetto ({cadence}) supera i tre mesi.", $"The plan's verification cadence ({cadence}) is longer than three months."),
                "Reg. art. 8 f"),
        ];
    }
}

/// <summary>
/// <c>verification.overdue</c>: no verification within the cadence since the last one, or since the start
/// (Reg. art. 8 f; <see cref="VerificationSchedule"/>). Error, with the due date and the first overdue day. Only
/// placements active on the date of the evaluation are judged.
/// </summary>
public sealed class VerificationOverdueRule : IPlacementRule
{
    /// <inheritdoc />
    public IReadOnlyList<string> Codes { get; } = [RuleCodes.VerificationOverdue];

    /// <inheritdoc />
    public RuleValidity Validity => RuleValidity.Always;

    /// <inheritdoc />
    public IEnumerable<Finding> Evaluate(PlacementContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var schedule = VerificationSchedule.For(context.Placement, context.Plan, context.AsOf);
        if (!schedule.IsOverdue || schedule.NextDue is not { } due)
        {
            return [];
        }
        return
        [
            new Finding(
                RuleCodes.VerificationOverdue,
                Severity.Error,
                schedule.LastAct is { } held
                    ? new($"Nessuna verifica dal {held:dd/MM/uuuu}: era dovuta entro il {due:dd/MM/uuuu}.", $"No verification since {held:uuuu-MM-dd}: one was due by {due:uuuu-MM-dd}.")
                    : new($"Nessuna verifica dall'avvio: era dovuta entro il {due:dd/MM/uuuu}.", $"No verification since the start: one was due by {due:uuuu-MM-dd}."),
                "Reg. art. 8 f",
                schedule.OverdueDates()),
        ];
    }
}
