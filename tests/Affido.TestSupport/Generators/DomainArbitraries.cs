using Affido.Domain;
using FsCheck;
using FsCheck.Fluent;

namespace Affido.TestSupport;

/// <summary>
/// The <see cref="DomainGenerators"/> as FsCheck arbitraries, to pass to <c>Prop.ForAll</c> or to register as the
/// defaults for their types with <c>Config.QuickThrowOnFailure.WithArbitrary([typeof(DomainArbitraries)])</c>.
/// </summary>
/// <remarks>No shrinking: the values carry invariants that a generic shrinker would break.</remarks>
public static class DomainArbitraries
{
    /// <summary>Valid minors' codes.</summary>
    public static Arbitrary<MinorCode> MinorCode() => DomainGenerators.MinorCodes.ToArbitrary();

    /// <summary>Valid carers' codes.</summary>
    public static Arbitrary<CarerCode> CarerCode() => DomainGenerators.CarerCodes.ToArbitrary();

    /// <summary>ISTAT codes of real Lombardy municipalities.</summary>
    public static Arbitrary<IstatCode> IstatCode() => DomainGenerators.IstatCodes.ToArbitrary();

    /// <summary>Real Lombardy municipalities.</summary>
    public static Arbitrary<Municipality> Municipality() => DomainGenerators.Municipalities.ToArbitrary();

    /// <summary>Points on the Earth.</summary>
    public static Arbitrary<GeoPoint> GeoPoint() => DomainGenerators.GeoPoints.ToArbitrary();

    /// <summary>Need profiles.</summary>
    public static Arbitrary<NeedProfile> NeedProfile() => DomainGenerators.NeedProfiles.ToArbitrary();

    /// <summary>Valid minors.</summary>
    public static Arbitrary<Minor> Minor() => DomainGenerators.Minors.ToArbitrary();

    /// <summary>Valid age ranges.</summary>
    public static Arbitrary<AgeRange> AgeRange() => DomainGenerators.AgeRanges.ToArbitrary();

    /// <summary>Valid availabilities.</summary>
    public static Arbitrary<Availability> Availability() => DomainGenerators.Availabilities.ToArbitrary();

    /// <summary>Valid foster carers (at <see cref="DomainGenerators.ReferenceDate"/>).</summary>
    public static Arbitrary<FosterCarer> FosterCarer() => DomainGenerators.FosterCarers.ToArbitrary();

    /// <summary>Valid part-time schedules.</summary>
    public static Arbitrary<PartTimeSchedule> PartTimeSchedule() => DomainGenerators.PartTimeSchedules.ToArbitrary();

    /// <summary>Valid placements.</summary>
    public static Arbitrary<Placement> Placement() => DomainGenerators.Placements.ToArbitrary();

    /// <summary>Valid individual plans.</summary>
    public static Arbitrary<PlacementPlan> PlacementPlan() => DomainGenerators.PlacementPlans.ToArbitrary();
}
