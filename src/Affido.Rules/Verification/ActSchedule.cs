using Affido.Domain;
using NodaTime;

namespace Affido.Rules;

/// <summary>Where an entry of a schedule stands on the date the schedule was computed for.</summary>
public enum ScheduleEntryStatus
{
    /// <summary>An act was held within the slot (after the previous anchor, on or before the due date).</summary>
    Held = 0,

    /// <summary>The due date has passed without an act: overdue from the day after the due date.</summary>
    Missed = 1,

    /// <summary>The due date is today or later.</summary>
    Upcoming = 2,
}

/// <summary>One slot of a schedule: the date an act is due by, and how it went.</summary>
/// <param name="Due">The last day on which the act is on time.</param>
/// <param name="Status">Held, missed or upcoming on the schedule's date.</param>
/// <param name="HeldOn">The act that met the slot (the latest one in it), when held.</param>
public sealed record ScheduleEntry(LocalDate Due, ScheduleEntryStatus Status, LocalDate? HeldOn = null)
{
    /// <summary>The first day on which the act is overdue: the day after <see cref="Due"/>.</summary>
    public LocalDate OverdueFrom => Due.PlusDays(1);
}

/// <summary>
/// A periodic obligation of a placement (verifications, court reports) as a value a UI can list: the next due date,
/// since when it is overdue, and the whole calendar up to a date.
/// </summary>
/// <remarks>
/// <para>Each due date is the last act (or the start) plus the cadence, with <see cref="LocalDate.Plus(Period)"/>
/// (art. 2963 c.c.: same-numbered day, or the last day of a shorter month). Only acts on or after the start and on or
/// before <see cref="AsOf"/> count; acts dated later are not yet held.</para>
/// <para>The calendar is a sequence of slots: a slot runs from its anchor (the start, the act that met the previous
/// slot, or the previous due date when it was missed) to anchor plus cadence. A missed slot keeps the rhythm: the next
/// one counts from the missed due date, so two consecutive due dates are never more than the cadence apart, and an act
/// held late meets the next slot and becomes its anchor. Slots after the end of an ended placement are not listed.</para>
/// </remarks>
public abstract record ActSchedule
{
    private protected ActSchedule(LocalDate start, Period cadence, IEnumerable<LocalDate> acts, LocalDate asOf, LocalDate? end)
    {
        Start = start;
        Cadence = cadence;
        AsOf = asOf;
        End = end;
        Acts = acts.Where(a => a >= start && a <= asOf).Distinct().Order().ToValueArray();
    }

    /// <summary>The start of the placement.</summary>
    public LocalDate Start { get; }

    /// <summary>The longest interval allowed between two acts.</summary>
    public Period Cadence { get; }

    /// <summary>The acts that count (on or after the start, on or before <see cref="AsOf"/>), in ascending order.</summary>
    public ValueArray<LocalDate> Acts { get; }

    /// <summary>The date the schedule is computed for ("today").</summary>
    public LocalDate AsOf { get; }

    /// <summary>The last day of the placement when it has ended.</summary>
    public LocalDate? End { get; }

    /// <summary>The latest act that counts, if any.</summary>
    public LocalDate? LastAct => Acts.IsEmpty ? null : Acts[^1];

    /// <summary>The next due date: the last act (or the start) plus the cadence; <see langword="null"/> when the placement ended before it.</summary>
    public LocalDate? NextDue
    {
        get
        {
            var due = (LastAct ?? Start).Plus(Cadence);
            return End is { } end && due > end ? null : due;
        }
    }

    /// <summary>The first day of the current delay, when the placement is active on <see cref="AsOf"/> and <see cref="NextDue"/> has passed; otherwise <see langword="null"/>.</summary>
    public LocalDate? OverdueSince
    {
        get
        {
            bool active = AsOf >= Start && (End is null || AsOf <= End.Value);
            return active && NextDue is { } due && AsOf > due ? due.PlusDays(1) : null;
        }
    }

    /// <summary>Whether an act is overdue on <see cref="AsOf"/>.</summary>
    public bool IsOverdue => OverdueSince is not null;

    /// <summary>The dates an overdue finding reports: the last act (when there is one), the due date and the first overdue day; empty when nothing is overdue.</summary>
    internal ValueArray<FindingDate> OverdueDates()
    {
        if (OverdueSince is not { } since || NextDue is not { } due)
        {
            return default;
        }
        return LastAct is { } last
            ? [new(FindingDateRole.Last, last), new(FindingDateRole.Due, due), new(FindingDateRole.OverdueSince, since)]
            : [new(FindingDateRole.Due, due), new(FindingDateRole.OverdueSince, since)];
    }

    /// <summary>Every slot whose due date is on or before <paramref name="until"/> (and the end of an ended placement), in order.</summary>
    /// <param name="until">The last date of the calendar.</param>
    public ValueArray<ScheduleEntry> Calendar(LocalDate until)
    {
        var entries = new List<ScheduleEntry>();
        var anchor = Start;
        int next = 0;
        while (true)
        {
            var due = anchor.Plus(Cadence);
            if (due > until || (End is { } end && due > end))
            {
                break;
            }
            LocalDate? held = null;
            while (next < Acts.Count && Acts[next] <= due)
            {
                if (Acts[next] > anchor)
                {
                    held = Acts[next];
                }
                next++;
            }
            if (held is { } h)
            {
                entries.Add(new ScheduleEntry(due, ScheduleEntryStatus.Held, h));
                anchor = h;
            }
            else
            {
                entries.Add(new ScheduleEntry(due, AsOf > due ? ScheduleEntryStatus.Missed : ScheduleEntryStatus.Upcoming));
                anchor = due;
            }
        }
        return entries.ToValueArray();
    }

}
