using NodaTime;

namespace Affido.Domain;

/// <summary>When a part-time placement takes place (Reg. art. 3: "solo per alcuni giorni a settimana o per alcune ore del giorno o per brevi periodi").</summary>
/// <param name="Days">The days of the week; at least one, no repetition.</param>
/// <param name="HoursPerDay">The hours a day, 1 to 24, when fixed.</param>
/// <param name="Periods">A description of short periods (e.g. "school holidays"), when the placement is by periods.</param>
public sealed record PartTimeSchedule(ValueArray<IsoDayOfWeek> Days, int? HoursPerDay = null, string? Periods = null);
