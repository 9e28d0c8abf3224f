using Affido.TestSupport;
using FluentValidation;
using FsCheck;
using FsCheck.Fluent;

namespace Affido.Domain.Tests;

/// <summary>Every generated valid aggregate passes its validator; every single corruption of it fails where expected.</summary>
public sealed class ValidatorProperties
{
    private const int Cases = 200;

    private static Property AllValid<T>(Gen<T> gen, IValidator<T> validator)
        => Prop.ForAll(gen.ToArbitrary(), value =>
            {
                var result = validator.Validate(value);
                return result.IsValid.Label(value + " got " + ValidationAssert.Describe(result));
            });

    private static Property AllFailAsExpected<T>(Gen<Corruption<T>> gen, IValidator<T> validator)
        => Prop.ForAll(gen.ToArbitrary(), corruption =>
            {
                var result = validator.Validate(corruption.Value);
                return (!result.IsValid && ValidationAssert.Has(result, corruption.Property, corruption.Code))
                    .Label(corruption + " got " + ValidationAssert.Describe(result));
            });

    [Property(MaxTest = Cases)]
    public Property Generated_minors_are_valid() => AllValid(DomainGenerators.Minors, new MinorValidator());

    [Property(MaxTest = Cases)]
    public Property Generated_carers_are_valid() => AllValid(DomainGenerators.FosterCarers, new FosterCarerValidator(Samples.Clock()));

    [Property(MaxTest = Cases)]
    public Property Generated_availabilities_are_valid() => AllValid(DomainGenerators.Availabilities, new AvailabilityValidator());

    [Property(MaxTest = Cases)]
    public Property Generated_municipalities_are_valid() => AllValid(DomainGenerators.Municipalities, new MunicipalityValidator());

    [Property(MaxTest = Cases)]
    public Property Generated_points_are_valid() => AllValid(DomainGenerators.GeoPoints, new GeoPointValidator());

    [Property(MaxTest = Cases)]
    public Property Generated_social_districts_are_valid() => AllValid(DomainGenerators.SocialDistricts, new SocialDistrictValidator());

    [Property(MaxTest = Cases)]
    public Property Generated_schedules_are_valid() => AllValid(DomainGenerators.PartTimeSchedules, new PartTimeScheduleValidator());

    [Property(MaxTest = Cases)]
    public Property Generated_placements_are_valid() => AllValid(DomainGenerators.Placements, new PlacementValidator());

    [Property(MaxTest = Cases)]
    public Property Generated_plans_are_valid() => AllValid(DomainGenerators.PlacementPlans, new PlacementPlanValidator());

    [Property(MaxTest = Cases)]
    public bool Generated_placements_have_minors_born_before_the_start_and_under_18_then(Placement p)
        => p.Minors.All(m => m.BirthDate <= p.Start && Domain.Ages.IsMinorOn(m.BirthDate, p.Start));

    [Property(MaxTest = Cases)]
    public Property Corrupted_minors_fail_on_the_broken_field() => AllFailAsExpected(Corruptions.Minors, new MinorValidator());

    [Property(MaxTest = Cases)]
    public Property Corrupted_carers_fail_on_the_broken_field() => AllFailAsExpected(Corruptions.FosterCarers, new FosterCarerValidator(Samples.Clock()));

    [Property(MaxTest = Cases)]
    public Property Corrupted_placements_fail_on_the_broken_field() => AllFailAsExpected(Corruptions.Placements, new PlacementValidator());

    [Property(MaxTest = Cases)]
    public Property Corrupted_plans_fail_on_the_broken_field() => AllFailAsExpected(Corruptions.PlacementPlans, new PlacementPlanValidator());

    [Property(MaxTest = 20)]
    public bool The_arbitraries_register_as_defaults(Placement p) => !p.Minors.IsEmpty;
}
