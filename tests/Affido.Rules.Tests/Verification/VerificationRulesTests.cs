using Affido.Domain;
using NodaTime;

namespace Affido.Rules.Tests;

public class VerificationCadenceRuleTests
{
    [Fact]
    public void A_cadence_of_3_months_is_allowed()
        => Fixture.Evaluate(Fixture.Plan() with { VerificationCadence = Period.FromMonths(3) }).HasNo(RuleCodes.VerificationCadenceTooLong);

    [Fact]
    public void A_cadence_of_4_months_is_too_long()
        => CatalogueAssert.Single(Fixture.Evaluate(Fixture.Plan() with { VerificationCadence = Period.FromMonths(4) }), RuleCodes.VerificationCadenceTooLong, Severity.Error, "Reg. art. 8 f");

    [Fact]
    public void Three_months_and_a_day_is_too_long()
        => Fixture.Evaluate(Fixture.Plan() with { VerificationCadence = Period.FromMonths(3) + Period.FromDays(1) }).Has(RuleCodes.VerificationCadenceTooLong);

    [Fact]
    public void A_cadence_in_days_is_compared_from_the_start()
    {
        // 15 January + 3 months = 15 April: 90 days.
        Fixture.Evaluate(Fixture.Plan() with { VerificationCadence = Period.FromDays(90) }).HasNo(RuleCodes.VerificationCadenceTooLong);
        Fixture.Evaluate(Fixture.Plan() with { VerificationCadence = Period.FromDays(91) }).Has(RuleCodes.VerificationCadenceTooLong);
    }
}

public class VerificationOverdueRuleTests
{
    private static readonly LocalDate FirstDue = Fixture.Start.PlusMonths(3);

    [Fact]
    public void On_the_due_date_without_verification_it_is_not_overdue()
        => Fixture.Evaluate(Fixture.Placement(), FirstDue).HasNo(RuleCodes.VerificationOverdue);

    [Fact]
    public void The_day_after_the_due_date_it_is_overdue()
    {
        var finding = CatalogueAssert.Single(Fixture.Evaluate(Fixture.Placement(), FirstDue.PlusDays(1)), RuleCodes.VerificationOverdue, Severity.Error, "Reg. art. 8 f");
        Assert.Equal(FirstDue, finding.Date(FindingDateRole.Due));
        Assert.Equal(FirstDue.PlusDays(1), finding.Date(FindingDateRole.OverdueSince));
    }

    [Fact]
    public void The_cadence_counts_from_the_last_verification()
    {
        var held = Fixture.Start.PlusMonths(2);
        var placement = Fixture.Placement() with { Verifications = [new Verification(held)] };
        Fixture.Evaluate(placement, held.PlusMonths(3)).HasNo(RuleCodes.VerificationOverdue);
        var finding = Assert.Single(Fixture.Evaluate(placement, held.PlusMonths(3).PlusDays(1)).Only(RuleCodes.VerificationOverdue));
        Assert.Equal(held, finding.Date(FindingDateRole.Last));
    }

    [Fact]
    public void A_shorter_plan_cadence_is_the_one_verified()
    {
        var plan = Fixture.Plan() with { VerificationCadence = Period.FromMonths(1) };
        Fixture.Evaluate(Fixture.Placement(), plan, Fixture.Start.PlusMonths(1)).HasNo(RuleCodes.VerificationOverdue);
        Fixture.Evaluate(Fixture.Placement(), plan, Fixture.Start.PlusMonths(1).PlusDays(1)).Has(RuleCodes.VerificationOverdue);
    }

    [Fact]
    public void A_cadence_too_long_is_verified_at_the_3_month_maximum()
    {
        var plan = Fixture.Plan() with { VerificationCadence = Period.FromMonths(6) };
        Fixture.Evaluate(Fixture.Placement(), plan, FirstDue.PlusDays(1)).Has(RuleCodes.VerificationOverdue);
    }

    [Fact]
    public void An_ended_placement_is_not_overdue()
    {
        var ended = Fixture.Placement() with { End = new PlacementEnd(Fixture.Start.PlusMonths(1), EndReason.ReturnToFamily) };
        Fixture.Evaluate(ended, FirstDue.PlusDays(1)).HasNo(RuleCodes.VerificationOverdue);
    }
}

public class VerificationScheduleTests
{
    private static readonly LocalDate Start = new(2024, 11, 30);

    private static Placement Placement(params LocalDate[] verifications)
        => Fixture.Placement() with { Start = Start, Verifications = verifications.Select(d => new Verification(d)).ToValueArray() };

    [Fact]
    public void Due_dates_follow_art_2963_month_ends()
    {
        var schedule = VerificationSchedule.For(Placement(), Fixture.Plan(), Start);
        Assert.Equal(new LocalDate(2025, 2, 28), schedule.NextDue);
        Assert.Null(schedule.OverdueSince);
        var calendar = schedule.Calendar(new LocalDate(2025, 9, 1));
        Assert.Equal([new LocalDate(2025, 2, 28), new LocalDate(2025, 5, 28), new LocalDate(2025, 8, 28)], calendar.Select(e => e.Due));
        Assert.All(calendar, e => Assert.Equal(ScheduleEntryStatus.Upcoming, e.Status));
    }

    [Fact]
    public void Held_missed_and_upcoming_slots_are_listed()
    {
        // Held on time 15 Feb; nothing by 15 May (missed); held late on 1 June, which meets the next slot.
        var schedule = VerificationSchedule.For(Placement(new LocalDate(2025, 2, 15), new LocalDate(2025, 6, 1)), Fixture.Plan(), new LocalDate(2025, 7, 1));
        var calendar = schedule.Calendar(new LocalDate(2025, 12, 31));
        Assert.Equal(
            [
                new ScheduleEntry(new LocalDate(2025, 2, 28), ScheduleEntryStatus.Held, new LocalDate(2025, 2, 15)),
                new ScheduleEntry(new LocalDate(2025, 5, 15), ScheduleEntryStatus.Missed),
                new ScheduleEntry(new LocalDate(2025, 8, 15), ScheduleEntryStatus.Held, new LocalDate(2025, 6, 1)),
                new ScheduleEntry(new LocalDate(2025, 9, 1), ScheduleEntryStatus.Upcoming),
                new ScheduleEntry(new LocalDate(2025, 12, 1), ScheduleEntryStatus.Upcoming),
            ],
            calendar);
        Assert.Equal(new LocalDate(2025, 9, 1), schedule.NextDue);
        Assert.False(schedule.IsOverdue);
    }

    [Fact]
    public void Overdue_since_is_the_day_after_the_due_date()
    {
        var schedule = VerificationSchedule.For(Placement(new LocalDate(2025, 2, 15)), Fixture.Plan(), new LocalDate(2025, 5, 16));
        Assert.Equal(new LocalDate(2025, 5, 16), schedule.OverdueSince);
        Assert.Equal(ScheduleEntryStatus.Missed, schedule.Calendar(new LocalDate(2025, 5, 16))[^1].Status);
    }

    [Fact]
    public void Acts_after_the_date_of_the_schedule_are_not_yet_held()
    {
        var schedule = VerificationSchedule.For(Placement(new LocalDate(2025, 2, 15)), Fixture.Plan(), new LocalDate(2025, 2, 1));
        Assert.Null(schedule.LastAct);
        Assert.Equal(new LocalDate(2025, 2, 28), schedule.NextDue);
    }

    [Fact]
    public void The_calendar_stops_at_the_end_of_an_ended_placement()
    {
        var ended = Placement() with { End = new PlacementEnd(new LocalDate(2025, 6, 1), EndReason.ReturnToFamily) };
        var schedule = VerificationSchedule.For(ended, Fixture.Plan(), new LocalDate(2025, 7, 1));
        Assert.Equal([ScheduleEntryStatus.Missed, ScheduleEntryStatus.Missed], schedule.Calendar(new LocalDate(2026, 1, 1)).Select(e => e.Status));
        Assert.Null(schedule.OverdueSince);
        var endedEarly = ended with { End = new PlacementEnd(new LocalDate(2025, 2, 1), EndReason.ReturnToFamily) };
        Assert.Null(VerificationSchedule.For(endedEarly, Fixture.Plan(), new LocalDate(2025, 7, 1)).NextDue);
    }
}

public class VerificationCalendarSameDayTests
{
    // Issue 14: the calendar when two slots fall due the same day (see ActSchedule's remarks).
    [Fact]
    public void An_act_a_day_after_a_month_end_anchor_starts_a_slot_due_the_same_day()
    {
        // Monthly cadence from 30 December 2024: due 30 January, held that day; the next slot (anchor 30 January) is due
        // 28 February and an act on 31 January meets it; the act of 31 January starts a slot due 31 January + 1 month,
        // 28 February again, which nothing meets: missed.
        var monthly = Fixture.Plan() with { VerificationCadence = Period.FromMonths(1) };
        var placement = Fixture.Placement() with
        {
            Start = new LocalDate(2024, 12, 30),
            Verifications = [new Verification(new LocalDate(2025, 1, 30)), new Verification(new LocalDate(2025, 1, 31))],
        };
        var calendar = VerificationSchedule.For(placement, monthly, new LocalDate(2025, 3, 10)).Calendar(new LocalDate(2025, 3, 31));
        Assert.Equal(
            [
                new ScheduleEntry(new LocalDate(2025, 1, 30), ScheduleEntryStatus.Held, new LocalDate(2025, 1, 30)),
                new ScheduleEntry(new LocalDate(2025, 2, 28), ScheduleEntryStatus.Held, new LocalDate(2025, 1, 31)),
                new ScheduleEntry(new LocalDate(2025, 2, 28), ScheduleEntryStatus.Missed),
                new ScheduleEntry(new LocalDate(2025, 3, 28), ScheduleEntryStatus.Upcoming),
            ],
            calendar);
        Assert.Equal(new LocalDate(2025, 2, 28), VerificationSchedule.For(placement, monthly, new LocalDate(2025, 3, 10)).NextDue);
    }
}
