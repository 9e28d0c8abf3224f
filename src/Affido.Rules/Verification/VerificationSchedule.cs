using Affido.Domain;
using NodaTime;

namespace Affido.Rules;

/// <summary>
/// The verifications of a placement by the social service (Reg. art. 8 f: "cadenza in ogni caso non superiore a tre
/// mesi") as a listable schedule; see <see cref="ActSchedule"/> for how due dates are computed.
/// </summary>
/// <remarks>The cadence is the plan's when it is stated and at most 3 months, otherwise the 3-month maximum.</remarks>
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
    /// <exception cref="ArgumentNullException"><paramref name="placement"/> or <paramref name="plan"/> is null.</exception>
    public static VerificationSchedule For(Placement placement, PlacementPlan plan, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(placement);
        ArgumentNullException.ThrowIfNull(plan);
        return new VerificationSchedule(
            placement.Start,
            EffectiveCadence(plan.VerificationCadence, placement.Start),
            placement.Verifications.Select(v => v.HeldOn),
            asOf,
            placement.End?.On);
    }

    /// <summary>Whether <paramref name="cadence"/>, counted from <paramref name="start"/>, is longer than 3 months.</summary>
    /// <param name="cadence">The plan's cadence.</param>
    /// <param name="start">The start it is counted from (a cadence in weeks or days compares differently by month).</param>
    /// <exception cref="ArgumentNullException"><paramref name="cadence"/> is null.</exception>
    public static bool IsTooLong(Period cadence, LocalDate start)
    {
        ArgumentNullException.ThrowIfNull(cadence);
        return !cadence.HasTimeComponent && start.Plus(cadence) > start.Plus(MaximumCadence);
    }

    private static Period EffectiveCadence(Period? planned, LocalDate start)
        => planned is not null && DateLengths.IsPositive(planned, start) && !IsTooLong(planned, start) ? planned : MaximumCadence;
}
