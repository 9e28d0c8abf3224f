using NodaTime;

namespace Affido.Rules;

/// <summary>One slot of a schedule: the date an act is due by, and how it went.</summary>
/// <param name="Due">The last day on which the act is on time.</param>
/// <param name="Status">Held, missed or upcoming on the schedule's date.</param>
/// <param name="HeldOn">The act that met the slot (the latest one in it), when held.</param>
public sealed record ScheduleEntry(LocalDate Due, ScheduleEntryStatus Status, LocalDate? HeldOn = null)
{
    /// <summary>The first day on which the act is overdue: the day after <see cref="Due"/>.</summary>
    public LocalDate OverdueFrom => Due.PlusDays(1);
}
