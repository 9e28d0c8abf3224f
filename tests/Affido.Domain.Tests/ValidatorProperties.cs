using Affido.Domain;
using Affido.TestSupport;
using FluentValidation;
using FsCheck;
using FsCheck.Fluent;

namespace Affido.Domain.Tests;

/// <summary>Every generated valid aggregate passes its validator; every single corruption of it fails where expected.</summary>
public sealed class ValidatorProperties
{
    private static readonly Config Quick = Config.QuickThrowOnFailure.WithMaxTest(200);

    private static void AllValid<T>(Gen<T> gen, IValidator<T> validator)
        => Prop.ForAll(gen.ToArbitrary(), value =>
            {
                var result = validator.Validate(value);
                return Prop.Label(result.IsValid, value + " got " + ValidationAssert.Describe(result));
            })
            .Check(Quick);

    private static void AllFailAsExpected<T>(Gen<Corruption<T>> gen, IValidator<T> validator)
        => Prop.ForAll(gen.ToArbitrary(), corruption =>
            {
                var result = validator.Validate(corruption.Value);
                return Prop.Label(!result.IsValid && ValidationAssert.Has(result, corruption.Property, corruption.Code),
                    corruption + " got " + ValidationAssert.Describe(result));
            })
            .Check(Quick);

    [Fact]
    public void Generated_minors_are_valid() => AllValid(DomainGenerators.Minors, new MinorValidator());

    [Fact]
    public void Generated_carers_are_valid() => AllValid(DomainGenerators.FosterCarers, new FosterCarerValidator(Samples.Clock()));

    [Fact]
    public void Generated_availabilities_are_valid() => AllValid(DomainGenerators.Availabilities, new AvailabilityValidator());

    [Fact]
    public void Generated_municipalities_and_points_are_valid()
    {
        AllValid(DomainGenerators.Municipalities, new MunicipalityValidator());
        AllValid(DomainGenerators.GeoPoints, new GeoPointValidator());
        AllValid(DomainGenerators.SocialDistricts, new SocialDistrictValidator());
    }

    [Fact]
    public void Generated_schedules_are_valid() => AllValid(DomainGenerators.PartTimeSchedules, new PartTimeScheduleValidator());

    [Fact]
    public void Generated_placements_are_valid() => AllValid(DomainGenerators.Placements, new PlacementValidator());

    [Fact]
    public void Generated_plans_are_valid() => AllValid(DomainGenerators.PlacementPlans, new PlacementPlanValidator());

    [Fact]
    public void Generated_placements_have_minors_born_before_the_start_and_under_18_then()
        => Prop.ForAll(DomainGenerators.Placements.ToArbitrary(),
                p => p.Minors.All(m => m.BirthDate <= p.Start && Domain.Ages.IsMinorOn(m.BirthDate, p.Start)))
            .Check(Quick);

    [Fact]
    public void Corrupted_minors_fail_on_the_broken_field() => AllFailAsExpected(Corruptions.Minors, new MinorValidator());

    [Fact]
    public void Corrupted_carers_fail_on_the_broken_field() => AllFailAsExpected(Corruptions.FosterCarers, new FosterCarerValidator(Samples.Clock()));

    [Fact]
    public void Corrupted_placements_fail_on_the_broken_field() => AllFailAsExpected(Corruptions.Placements, new PlacementValidator());

    [Fact]
    public void Corrupted_plans_fail_on_the_broken_field() => AllFailAsExpected(Corruptions.PlacementPlans, new PlacementPlanValidator());

    [Fact]
    public void The_arbitraries_register_as_defaults()
        => Prop.ForAll<Placement>(p => !p.Minors.IsEmpty)
            .Check(Config.QuickThrowOnFailure.WithMaxTest(20).WithArbitrary([typeof(DomainArbitraries)]));
}
