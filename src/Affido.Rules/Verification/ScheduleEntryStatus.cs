namespace Affido.Rules;

/// <summary>Where an entry of a schedule stands on the date the schedule was computed for.</summary>
public enum ScheduleEntryStatus
{
    /// <summary>An act was held within the slot (after the slot's anchor, on or before the due date).</summary>
    Held = 0,

    /// <summary>The due date has passed without an act: overdue from the day after the due date.</summary>
    Missed = 1,

    /// <summary>The due date is the schedule's date or later.</summary>
    Upcoming = 2,
}
