using Affido.Domain;
using NodaTime;

namespace Affido.Rules;

/// <summary>
/// The verifications of a placement by the social service (Reg. art. 8 f: "cadenza in ogni caso non superiore a tre
/// mesi") as a listable schedule; see <see cref="ActSchedule"/> for how due dates are computed and what the calendar
/// shows when two slots fall due the same day.
/// </summary>
/// <remarks>
/// The cadence is the plan's when it is stated, moves every date forward and is at most 3 months; otherwise the
/// 3-month maximum (the evaluator reports a cadence too long, and rejects one that does not advance).
/// </remarks>
public sealed record VerificationSchedule : ActSchedule
{
    private VerificationSchedule(LocalDate start, Period cadence, IEnumerable<LocalDate> acts, LocalDate asOf, LocalDate? end)
        : base(start, cadence, acts, asOf, end)
    {
    }

    /// <summary>The longest cadence allowed: 3 months (Reg. art. 8 f).</summary>
    public static Period MaximumCadence { get; } = Period.FromMonths(3);

    /// <summary>The verification schedule of <paramref name="placement"/> on <paramref name="asOf"/>.</summary>
    /// <param name="placement">The placement (its start, verifications and end).</param>
    /// <param name="plan">Its plan (its verification cadence).</param>
    /// <param name="asOf">The date the schedule is computed for.</param>
    /// <returns>The schedule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="placement"/> or <paramref name="plan"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The placement's start, end or a verification's date, or <paramref name="asOf"/>, lies outside <see cref="SupportedDates"/>.</exception>
    public static VerificationSchedule For(Placement placement, PlacementPlan plan, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(placement);
        ArgumentNullException.ThrowIfNull(plan);
        EnsureSupported(placement.Start, nameof(placement), "The placement's Start");
        EnsureSupported(asOf, nameof(asOf), "asOf");
        return new VerificationSchedule(
            placement.Start,
            EffectiveCadence(plan.VerificationCadence, placement.Start),
            EnsureSupported(placement.Verifications.Where(v => v is not null).Select(v => v.HeldOn), nameof(placement), "A verification's HeldOn"),
            asOf,
            placement.End is { } end ? EnsureSupported([end.On], nameof(placement), "The placement's End")[0] : null);
    }

    /// <summary>Whether <paramref name="cadence"/>, counted from <paramref name="start"/>, is longer than 3 months.</summary>
    /// <param name="cadence">The plan's cadence.</param>
    /// <param name="start">The start it is counted from (a cadence in weeks or days compares differently by month).</param>
    /// <returns>True when too long (a cadence in time units, or beyond the supported dates, is not judged here).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cadence"/> is null.</exception>
    public static bool IsTooLong(Period cadence, LocalDate start)
    {
        ArgumentNullException.ThrowIfNull(cadence);
        return SupportedDates.TryAdd(start, cadence) is { } end && SupportedDates.TryAdd(start, MaximumCadence) is { } maximum && end > maximum;
    }

    private static Period EffectiveCadence(Period? planned, LocalDate start)
        => DateLengths.AlwaysAdvances(planned) && !IsTooLong(planned!, start) && SupportedDates.TryAdd(start, planned) is not null ? planned! : MaximumCadence;
}
