using Affido.Domain;
using NodaTime;

namespace Affido.Rules;

/// <summary>
/// The five terms of art. 403 c.c. (as replaced by L. 206/2021), Errors: <c>urgent-removal.transmission-overdue</c>
/// (24 hours, c. 2), <c>urgent-removal.validation-request-overdue</c> (72 hours, c. 3),
/// <c>urgent-removal.validation-overdue</c> (48 hours, c. 4), <c>urgent-removal.hearing-overdue</c> (15 days, c. 4),
/// <c>urgent-removal.decree-overdue</c> (15 days, c. 5). One finding per late step of the
/// <see cref="UrgentRemovalTimeline"/> at the evaluation instant, saying since when it is overdue and that the order
/// loses efficacy (art. 403 last paragraph). Applies to removals placed in safety, in Europe/Rome, from 22 June 2022
/// (<see cref="RuleValidity.SinceLaw206Of2021"/>).
/// </summary>
internal sealed class UrgentRemovalRule() : Rule<UrgentRemovalFacts>(RuleValidity.SinceLaw206Of2021, TransmissionOverdue, ValidationRequestOverdue, ValidationOverdue, HearingOverdue, DecreeOverdue)
{
    public static FindingKind TransmissionOverdue { get; } = new(RuleCodes.UrgentRemovalTransmissionOverdue, Severity.Error, LegalSources.UrgentRemovalTransmission);

    public static FindingKind ValidationRequestOverdue { get; } = new(RuleCodes.UrgentRemovalValidationRequestOverdue, Severity.Error, LegalSources.UrgentRemovalValidationRequest);

    public static FindingKind ValidationOverdue { get; } = new(RuleCodes.UrgentRemovalValidationOverdue, Severity.Error, LegalSources.UrgentRemovalValidation);

    public static FindingKind HearingOverdue { get; } = new(RuleCodes.UrgentRemovalHearingOverdue, Severity.Error, LegalSources.UrgentRemovalValidation);

    public static FindingKind DecreeOverdue { get; } = new(RuleCodes.UrgentRemovalDecreeOverdue, Severity.Error, LegalSources.UrgentRemovalDecree);

    public override LocalDate ProvisionDate(UrgentRemovalFacts facts, RuleContext context) => UrgentRemovalTerms.LocalDateInRome(facts.PlacedInSafety);

    public override IEnumerable<Finding> Evaluate(UrgentRemovalFacts facts, RuleContext context)
        => UrgentRemovalTimeline.Compute(facts, context.EvaluatedAt).Steps
            .Where(s => s.IsLate && s.Deadline is not null)
            .Select(s => ToFinding(facts, s, s.Deadline!.Value))
            .ToList();

    private Finding ToFinding(UrgentRemovalFacts facts, UrgentRemovalStepStatus status, Instant deadline)
    {
        // The kinds are declared in the order of the steps that have a term (UrgentRemovalStep 1 to 5).
        var kind = Kinds[(int)status.Step - 1];
        var when = status.HappenedAt is { } happened
            ? RuleMessages.Render(RuleMessages.Fragment("step", "happened"), LocalTime("at", happened), MessageArgument.Text("at-offset", UrgentRemovalTerms.OffsetInRome(happened)))
            : RuleMessages.Render(RuleMessages.Fragment("step", "not-happened"));
        var message = RuleMessages.Render(
            kind.Code,
            LocalTime("due", deadline),
            MessageArgument.Text("due-offset", UrgentRemovalTerms.OffsetInRome(deadline)),
            MessageArgument.Words("when", when));
        var dueDate = UrgentRemovalTerms.LocalDateInRome(deadline);
        var overdueSince = UrgentRemovalTerms.LocalDateInRome(deadline + Duration.Epsilon);
        return kind.Create(message, [new(FindingDateRole.Due, dueDate), new(FindingDateRole.OverdueSince, overdueSince)], facts.Minor);
    }

    private static MessageArgument LocalTime(string name, Instant instant) => MessageArgument.DateTime(name, instant.InZone(UrgentRemovalTerms.Rome).LocalDateTime);
}
