using Affido.Domain;
using NodaTime;
using static Affido.Rules.Tests.Judicial.JudicialFixtures;

namespace Affido.Rules.Tests.Judicial;

public sealed class UrgentRemovalTimelineTests
{
    private static readonly Instant Placed = RomeTime(2026, 5, 4, 22, 15);

    private static UrgentRemovalTimeline At(UrgentRemovalFacts facts, Instant asOf) => UrgentRemovalTimeline.Compute(facts, asOf);

    private static ValueArray<Finding> FindingsAt(UrgentRemovalFacts facts, Instant asOf)
    {
        var evaluation = RuleEvaluator.Default.Evaluate(facts, asOf);
        Assert.True(evaluation.IsValid, evaluation.Describe());
        return evaluation.Findings;
    }

    private static string[] CodesAt(UrgentRemovalFacts facts, Instant asOf) => Codes(FindingsAt(facts, asOf));

    [Fact]
    public void Transmission_at_the_24th_hour_is_in_time()
    {
        var facts = new UrgentRemovalFacts { PlacedInSafety = Placed, OrderSentToProsecutor = Placed + Duration.FromHours(24) };
        var timeline = At(facts, Placed + Duration.FromHours(30));
        Assert.False(timeline[UrgentRemovalStep.TransmissionToProsecutor].IsLate);
        Assert.DoesNotContain(RuleCodes.UrgentRemovalTransmissionOverdue, Codes(FindingsAt(timeline.Facts, timeline.EvaluatedAt)));
    }

    [Fact]
    public void Transmission_a_minute_after_the_24th_hour_is_overdue_since_the_24th_hour()
    {
        var facts = new UrgentRemovalFacts { PlacedInSafety = Placed, OrderSentToProsecutor = Placed + Duration.FromHours(24) + Duration.FromMinutes(1) };
        var timeline = At(facts, Placed + Duration.FromHours(30));
        var step = timeline[UrgentRemovalStep.TransmissionToProsecutor];
        Assert.True(step.IsLate);
        Assert.Equal(Placed + Duration.FromHours(24), step.OverdueSince);
        var finding = Assert.Single(FindingsAt(timeline.Facts, timeline.EvaluatedAt));
        Assert.Equal(RuleCodes.UrgentRemovalTransmissionOverdue, finding.Code);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("art. 403 c. 2 c.c. (L. 206/2021)", finding.Source.Citation);
        Assert.Contains("2026-05-05 22:15 (+02)", finding.Message.English, StringComparison.Ordinal);
        Assert.Contains(new FindingDate(FindingDateRole.OverdueSince, new LocalDate(2026, 5, 5)), finding.Dates);
    }

    [Fact]
    public void Transmission_not_yet_sent_is_overdue_only_after_the_24th_hour()
    {
        var facts = new UrgentRemovalFacts { PlacedInSafety = Placed };
        Assert.Empty(CodesAt(facts, Placed + Duration.FromHours(24)));
        Assert.Equal([RuleCodes.UrgentRemovalTransmissionOverdue], CodesAt(facts, Placed + Duration.FromHours(24) + Duration.FromMinutes(1)));
    }

    [Fact]
    public void Spring_forward_night_the_24_hours_end_at_0230_local_the_next_day()
    {
        // 2026-03-29: clocks go from 02:00 CET to 03:00 CEST. 01:30 is still CET (+01).
        var placed = RomeTime(2026, 3, 29, 1, 30);
        var timeline = At(new UrgentRemovalFacts { PlacedInSafety = placed }, placed);
        var deadline = timeline[UrgentRemovalStep.TransmissionToProsecutor].Deadline!.Value;
        Assert.Equal("2026-03-30 02:30 +02", Local(deadline));
        Assert.Equal(Duration.FromHours(24), deadline - placed);

        var atLocal0130 = new UrgentRemovalFacts { PlacedInSafety = placed, OrderSentToProsecutor = RomeTime(2026, 3, 30, 1, 30) };
        Assert.Empty(CodesAt(atLocal0130, RomeTime(2026, 3, 30, 3, 0)));
        var at0230 = new UrgentRemovalFacts { PlacedInSafety = placed, OrderSentToProsecutor = RomeTime(2026, 3, 30, 2, 30) };
        Assert.Empty(CodesAt(at0230, RomeTime(2026, 3, 30, 3, 0)));
        var at0231 = new UrgentRemovalFacts { PlacedInSafety = placed, OrderSentToProsecutor = RomeTime(2026, 3, 30, 2, 31) };
        Assert.Equal([RuleCodes.UrgentRemovalTransmissionOverdue], CodesAt(at0231, RomeTime(2026, 3, 30, 3, 0)));
    }

    [Fact]
    public void Fall_back_night_the_24_hours_end_at_0030_local_the_next_day()
    {
        // 2026-10-25: clocks go from 03:00 CEST back to 02:00 CET. 01:30 is still CEST (+02).
        var placed = RomeTime(2026, 10, 25, 1, 30);
        var deadline = At(new UrgentRemovalFacts { PlacedInSafety = placed }, placed)[UrgentRemovalStep.TransmissionToProsecutor].Deadline!.Value;
        Assert.Equal("2026-10-26 00:30 +01", Local(deadline));

        var at0030 = new UrgentRemovalFacts { PlacedInSafety = placed, OrderSentToProsecutor = RomeTime(2026, 10, 26, 0, 30) };
        Assert.Empty(CodesAt(at0030, RomeTime(2026, 10, 26, 9, 0)));
        // 01:30 local the next day looks like "24 hours later" on the wall clock but is 25 elapsed hours.
        var at0130 = new UrgentRemovalFacts { PlacedInSafety = placed, OrderSentToProsecutor = RomeTime(2026, 10, 26, 1, 30) };
        Assert.Equal([RuleCodes.UrgentRemovalTransmissionOverdue], CodesAt(at0130, RomeTime(2026, 10, 26, 9, 0)));
    }

    [Fact]
    public void Validation_request_runs_72_hours_from_the_actual_transmission()
    {
        var sent = Placed + Duration.FromHours(10);
        var inTime = new UrgentRemovalFacts { PlacedInSafety = Placed, OrderSentToProsecutor = sent, ValidationRequested = sent + Duration.FromHours(72) };
        Assert.Empty(CodesAt(inTime, sent + Duration.FromHours(100)));
        var late = inTime with { ValidationRequested = sent + Duration.FromHours(72) + Duration.FromMinutes(1) };
        Assert.Equal([RuleCodes.UrgentRemovalValidationRequestOverdue], CodesAt(late, sent + Duration.FromHours(100)));
        var pending = inTime with { ValidationRequested = null };
        Assert.Empty(CodesAt(pending, sent + Duration.FromHours(72)));
        Assert.Equal([RuleCodes.UrgentRemovalValidationRequestOverdue], CodesAt(pending, sent + Duration.FromHours(72) + Duration.FromMinutes(1)));
    }

    [Fact]
    public void Validation_decree_runs_48_hours_from_the_request()
    {
        var requested = Placed + Duration.FromHours(50);
        var facts = new UrgentRemovalFacts { PlacedInSafety = Placed, OrderSentToProsecutor = Placed + Duration.FromHours(5), ValidationRequested = requested, ValidationDecreed = requested + Duration.FromHours(48) };
        Assert.Empty(CodesAt(facts, requested + Duration.FromHours(60)));
        var late = facts with { ValidationDecreed = requested + Duration.FromHours(48) + Duration.FromMinutes(1) };
        Assert.Equal([RuleCodes.UrgentRemovalValidationOverdue], CodesAt(late, requested + Duration.FromHours(60)));
        var pending = facts with { ValidationDecreed = null };
        Assert.Equal([RuleCodes.UrgentRemovalValidationOverdue], CodesAt(pending, requested + Duration.FromHours(48) + Duration.FromMinutes(1)));
    }

    private static UrgentRemovalFacts ValidatedAt(Instant validated)
        => new() { PlacedInSafety = validated - Duration.FromHours(60), OrderSentToProsecutor = validated - Duration.FromHours(50), ValidationRequested = validated - Duration.FromHours(20), ValidationDecreed = validated };

    [Fact]
    public void Hearing_is_due_by_the_end_of_the_15th_calendar_day_after_validation()
    {
        // Validated at 18:00 on 20 March 2026: day 1 is 21 March, day 15 is 4 April; the clocks change on 29 March.
        var validated = RomeTime(2026, 3, 20, 18, 0);
        var timeline = At(ValidatedAt(validated), validated);
        var deadline = timeline[UrgentRemovalStep.Hearing].Deadline!.Value;
        Assert.Equal("2026-04-04 23:59 +02", Local(deadline));
        Assert.NotEqual(Duration.FromDays(15), deadline - validated);

        var lastMinute = ValidatedAt(validated) with { HearingHeld = RomeTime(2026, 4, 4, 23, 59) };
        Assert.Empty(CodesAt(lastMinute, RomeTime(2026, 4, 10, 9, 0)));
        var nextDay = ValidatedAt(validated) with { HearingHeld = RomeTime(2026, 4, 5, 0, 0) };
        var finding = Assert.Single(FindingsAt(nextDay, RomeTime(2026, 4, 10, 9, 0)));
        Assert.Equal(RuleCodes.UrgentRemovalHearingOverdue, finding.Code);
        Assert.Contains(new FindingDate(FindingDateRole.Due, new LocalDate(2026, 4, 4)), finding.Dates);
        Assert.Contains(new FindingDate(FindingDateRole.OverdueSince, new LocalDate(2026, 4, 5)), finding.Dates);

        Assert.Empty(CodesAt(ValidatedAt(validated), RomeTime(2026, 4, 4, 23, 59)));
        Assert.Equal([RuleCodes.UrgentRemovalHearingOverdue], CodesAt(ValidatedAt(validated), RomeTime(2026, 4, 5, 0, 0)));
    }

    [Fact]
    public void Collegial_decree_is_due_by_the_end_of_the_15th_day_after_the_hearing()
    {
        var validated = RomeTime(2026, 10, 1, 11, 0);
        var heard = RomeTime(2026, 10, 14, 9, 30);
        var facts = ValidatedAt(validated) with { HearingHeld = heard };
        // Day 15 after 14 October is 29 October; the clocks go back on 25 October.
        Assert.Equal("2026-10-29 23:59 +01", Local(At(facts, heard)[UrgentRemovalStep.CollegialDecree].Deadline!.Value));
        Assert.Empty(CodesAt(facts with { CollegialDecreeIssued = RomeTime(2026, 10, 29, 23, 59) }, RomeTime(2026, 11, 5, 0, 0)));
        Assert.Equal([RuleCodes.UrgentRemovalDecreeOverdue], CodesAt(facts with { CollegialDecreeIssued = RomeTime(2026, 10, 30, 0, 0) }, RomeTime(2026, 11, 5, 0, 0)));
        Assert.Empty(CodesAt(facts, RomeTime(2026, 10, 29, 23, 59)));
        Assert.Equal([RuleCodes.UrgentRemovalDecreeOverdue], CodesAt(facts, RomeTime(2026, 10, 30, 0, 1)));
    }

    [Fact]
    public void A_step_waits_for_the_previous_one_and_is_never_blamed_for_its_delay()
    {
        var asOf = Placed + Duration.FromHours(200);
        var timeline = At(new UrgentRemovalFacts { PlacedInSafety = Placed }, asOf);
        Assert.Equal([RuleCodes.UrgentRemovalTransmissionOverdue], Codes(FindingsAt(timeline.Facts, timeline.EvaluatedAt)));
        var request = timeline[UrgentRemovalStep.ValidationRequest];
        Assert.False(request.IsRunning);
        Assert.False(request.IsLate);
        // Projected for the calendar: 24 + 72 hours from the placement in safety.
        Assert.Equal(Placed + Duration.FromHours(96), request.Deadline);
    }

    [Fact]
    public void A_late_transmission_moves_the_prosecutors_deadline()
    {
        var sent = Placed + Duration.FromHours(30);
        var timeline = At(new UrgentRemovalFacts { PlacedInSafety = Placed, OrderSentToProsecutor = sent }, sent);
        Assert.Equal(sent + Duration.FromHours(72), timeline[UrgentRemovalStep.ValidationRequest].Deadline);
        Assert.Equal(sent, timeline[UrgentRemovalStep.ValidationRequest].RunsFrom);
    }

    [Fact]
    public void Delaying_one_step_alone_can_remove_the_next_steps_finding_because_its_term_starts_later()
    {
        // Documented consequence of "entro le successive settantadue ore": the property tests delay the rest of the story too.
        var early = new UrgentRemovalFacts { PlacedInSafety = Placed, OrderSentToProsecutor = Placed + Duration.FromHours(1), ValidationRequested = Placed + Duration.FromHours(80) };
        Assert.Equal([RuleCodes.UrgentRemovalValidationRequestOverdue], CodesAt(early, Placed + Duration.FromHours(90)));
        var delayed = early with { OrderSentToProsecutor = Placed + Duration.FromHours(10) };
        Assert.Empty(CodesAt(delayed, Placed + Duration.FromHours(90)));
    }

    [Fact]
    public void Facts_after_the_evaluation_instant_are_not_yet_known()
    {
        var facts = new UrgentRemovalFacts { PlacedInSafety = Placed, OrderSentToProsecutor = Placed + Duration.FromHours(30) };
        var before = At(facts, Placed + Duration.FromHours(25));
        Assert.Null(before[UrgentRemovalStep.TransmissionToProsecutor].HappenedAt);
        var finding = Assert.Single(FindingsAt(before.Facts, before.EvaluatedAt));
        Assert.Contains("has not happened yet", finding.Message.English, StringComparison.Ordinal);
        Assert.Contains("avvenuto il 06/05/2026 04:15 (+02)", Assert.Single(FindingsAt(facts, Placed + Duration.FromHours(31))).Message.Italian, StringComparison.Ordinal);
    }

    // Issue 13: judged on a date, a removal stands as it was at the end of that day in Rome.
    [Fact]
    public void Judged_on_a_date_the_removal_stands_as_at_the_end_of_that_day()
    {
        // Placed 4 May 22:15: the 24 hours end on 5 May 22:15, so on 5 May (until 23:59) the transmission is late.
        var facts = new UrgentRemovalFacts { PlacedInSafety = Placed };
        Assert.True(RuleEvaluator.Default.Evaluate(facts, new LocalDate(2026, 5, 4)).IsClean);
        Assert.Equal([RuleCodes.UrgentRemovalTransmissionOverdue], Codes(RuleEvaluator.Default.Evaluate(facts, new LocalDate(2026, 5, 5)).Findings));
        var sentNextDay = facts with { OrderSentToProsecutor = RomeTime(2026, 5, 6, 9, 0) };
        var onTheFifth = Assert.Single(RuleEvaluator.Default.Evaluate(sentNextDay, new LocalDate(2026, 5, 5)).Findings);
        Assert.Contains("has not happened yet", onTheFifth.Message.English, StringComparison.Ordinal);
        var onTheSixth = Assert.Single(RuleEvaluator.Default.Evaluate(sentNextDay, new LocalDate(2026, 5, 6)).Findings);
        Assert.Contains("it happened on 2026-05-06 09:00 (+02)", onTheSixth.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Instants_outside_the_supported_dates_are_validation_failures()
    {
        var farFuture = Instant.FromUtc(9999, 12, 31, 12, 0);
        var evaluation = RuleEvaluator.Default.Evaluate(new UrgentRemovalFacts { PlacedInSafety = Placed, HearingHeld = farFuture }, Placed);
        Assert.False(evaluation.IsValid);
        Assert.True(evaluation.Fails("HearingHeld", Affido.Domain.ValidationCodes.DateOutOfRange), evaluation.Describe());
        Assert.True(RuleEvaluator.Default.Evaluate(new UrgentRemovalFacts { PlacedInSafety = Placed }, Instant.MaxValue).Fails("at", Affido.Domain.ValidationCodes.DateOutOfRange));
        Assert.Throws<ArgumentOutOfRangeException>("evaluatedAt", () => UrgentRemovalTimeline.Compute(new UrgentRemovalFacts { PlacedInSafety = Placed }, Instant.MinValue));
    }

    [Fact]
    public void Removals_before_22_June_2022_had_no_terms()
    {
        var before = RomeTime(2022, 6, 21, 23, 30);
        var lateFacts = new UrgentRemovalFacts { PlacedInSafety = before };
        var timeline = At(lateFacts, before + Duration.FromDays(30));
        Assert.True(timeline[UrgentRemovalStep.TransmissionToProsecutor].IsLate);
        Assert.Empty(FindingsAt(timeline.Facts, timeline.EvaluatedAt));

        var since = RomeTime(2022, 6, 22, 0, 30);
        Assert.Equal([RuleCodes.UrgentRemovalTransmissionOverdue], CodesAt(new UrgentRemovalFacts { PlacedInSafety = since }, since + Duration.FromDays(1) + Duration.FromMinutes(1)));
    }

    [Fact]
    public void Every_step_has_a_deadline_except_the_placement_in_safety()
    {
        var timeline = At(new UrgentRemovalFacts { PlacedInSafety = Placed }, Placed);
        Assert.Equal(6, timeline.Steps.Count);
        Assert.Null(timeline.Steps[0].Deadline);
        Assert.All(timeline.Steps.Skip(1), s => Assert.NotNull(s.Deadline));
        Assert.Equal(Placed, timeline.Steps[0].HappenedAt);
    }

    [Fact]
    public void Validator_rejects_steps_out_of_order_or_with_gaps()
    {
        var validator = new UrgentRemovalFactsValidator();
        Assert.True(validator.Validate(new UrgentRemovalFacts { PlacedInSafety = Placed, OrderSentToProsecutor = Placed + Duration.FromHours(1) }).IsValid);
        var outOfOrder = validator.Validate(new UrgentRemovalFacts { PlacedInSafety = Placed, OrderSentToProsecutor = Placed - Duration.FromHours(1) });
        Assert.Equal("urgent-removal.step-out-of-order", Assert.Single(outOfOrder.Errors).ErrorCode);
        var gap = validator.Validate(new UrgentRemovalFacts { PlacedInSafety = Placed, ValidationRequested = Placed + Duration.FromHours(1) });
        Assert.Equal("urgent-removal.step-missing", Assert.Single(gap.Errors).ErrorCode);
    }

    [Fact]
    public void Day_terms_are_calendar_days_so_shifting_the_whole_story_by_an_hour_can_change_the_verdict()
    {
        // Validation at 23:30 on 1 June: hearing due by the end of 16 June; held at 00:10 on 17 June, late.
        var validated = RomeTime(2026, 6, 1, 23, 30);
        var late = ValidatedAt(validated) with { HearingHeld = RomeTime(2026, 6, 17, 0, 10) };
        Assert.Equal([RuleCodes.UrgentRemovalHearingOverdue], CodesAt(late, RomeTime(2026, 6, 20, 0, 0)));
        // The same story one hour later: validation at 00:30 on 2 June gives until the end of 17 June.
        var shifted = late with
        {
            PlacedInSafety = late.PlacedInSafety + Duration.FromHours(1),
            OrderSentToProsecutor = late.OrderSentToProsecutor + Duration.FromHours(1),
            ValidationRequested = late.ValidationRequested + Duration.FromHours(1),
            ValidationDecreed = late.ValidationDecreed + Duration.FromHours(1),
            HearingHeld = late.HearingHeld + Duration.FromHours(1),
        };
        Assert.Empty(CodesAt(shifted, RomeTime(2026, 6, 20, 1, 0)));
    }
}
