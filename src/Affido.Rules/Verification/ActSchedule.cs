using Affido.Domain;
using NodaTime;

namespace Affido.Rules;

/// <summary>
/// A periodic obligation of a placement (verifications, court reports) as a value a UI can list: the next due date,
/// since when it is overdue, and the whole calendar up to a date.
/// </summary>
/// <remarks>
/// <para>Each due date is the last act (or the start) plus the cadence, with <see cref="LocalDate.Plus(Period)"/>
/// (art. 2963 c.c.: same-numbered day, or the last day of a shorter month). Only acts on or after the start and on or
/// before <see cref="AsOf"/> count; acts dated later are not yet held. The cadence always moves a date forward (no
/// negative unit), so the schedule always advances.</para>
/// <para>The calendar is a sequence of slots: a slot runs from its anchor (the start, the act that met the previous
/// slot, or the previous due date when it was missed) to anchor plus cadence. A missed slot keeps the rhythm: the next
/// one counts from the missed due date, so two consecutive due dates are never more than the cadence apart, and an act
/// held late meets the next slot and becomes its anchor. Slots after the end of an ended placement are not listed.</para>
/// <para><b>Two slots due the same day.</b> Due dates never go back, but two consecutive slots can fall due on the same
/// day: when an act meets a slot before its due date and month arithmetic brings the next due date back to the same
/// last day of a month. With a monthly cadence from 30 January, the slot is due on 28 February; an act on 31 January
/// meets it, and the next act is due by 31 January plus one month, 28 February again. The calendar lists both: the first
/// slot as <see cref="ScheduleEntryStatus.Held"/> on 31 January, the second as the obligation that act started (held
/// only by a later act, missed or upcoming). So a due date repeats only right after a held slot, and each act meets
/// one slot.</para>
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

    /// <summary>The longest interval allowed between two acts; it moves every date forward.</summary>
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

    /// <summary>
    /// Every slot whose due date is on or before <paramref name="until"/> (at most <see cref="SupportedDates.Latest"/>,
    /// and the end of an ended placement), in order of due date; see the remarks for slots due the same day.
    /// </summary>
    /// <param name="until">The last date of the calendar.</param>
    /// <returns>The slots; empty when the first one falls after <paramref name="until"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="until"/> is a date of another calendar than the ISO one.</exception>
    public ValueArray<ScheduleEntry> Calendar(LocalDate until)
    {
        if (until.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentOutOfRangeException(nameof(until), "until is a date of another calendar than the ISO one.");
        }
        var last = until < SupportedDates.Latest ? until : SupportedDates.Latest;
        var entries = new List<ScheduleEntry>();
        var anchor = Start;
        int next = 0;
        while (true)
        {
            var due = anchor.Plus(Cadence);
            // The cadence always advances (see the remarks); the guard keeps the loop finite whatever it is given.
            if (due <= anchor || due > last || (End is { } end && due > end))
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

    /// <summary>The dates of the acts held, each in <see cref="SupportedDates"/> (else an <see cref="ArgumentOutOfRangeException"/> naming <paramref name="parameter"/>).</summary>
    private protected static List<LocalDate> EnsureSupported(IEnumerable<LocalDate> dates, string parameter, string member)
    {
        var list = dates.ToList();
        foreach (var date in list)
        {
            EnsureSupported(date, parameter, member);
        }

        return list;
    }

    /// <summary>Throws when a date the schedule computes from lies outside <see cref="SupportedDates"/>.</summary>
    private protected static void EnsureSupported(LocalDate date, string parameter, string member)
    {
        if (!SupportedDates.Contains(date))
        {
            throw new ArgumentOutOfRangeException(parameter, $"{member} lies outside the supported dates (SupportedDates).");
        }
    }
}
