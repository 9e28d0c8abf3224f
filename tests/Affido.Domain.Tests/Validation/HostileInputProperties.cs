using Affido.TestSupport;
using FluentValidation;
using FsCheck;
using FsCheck.Fluent;

namespace Affido.Domain.Tests.Validation;

/// <summary>
/// Every domain validator, given ARBITRARY input (<see cref="HostileDomainGenerators"/>: nulls inside lists, default
/// structs, extreme dates and periods, non-finite numbers, malformed text), never throws and answers with failures
/// that name a member of the validated type, with a catalogued code, messages in both languages and no attempted value
/// that may be personal data.
/// </summary>
public sealed class HostileInputProperties
{
    /// <summary>The property every validator must hold.</summary>
    internal static Property AnswersWithoutThrowing<T>(Gen<T> inputs, IValidator<T> validator)
        => Prop.ForAll(inputs.ToArbitrary(), input =>
        {
            FluentValidation.Results.ValidationResult result;
            try
            {
                result = validator.Validate(input);
            }
            catch (Exception exception)
            {
                return false.Label($"{validator.GetType().Name} threw {exception}");
            }

            var malformed = result.Errors
                .Select(f => (f, problem: ValidationAssert.Malformed(typeof(T), f, input is null)))
                .Where(x => x.problem is not null)
                .Select(x => $"{x.f.PropertyName} {x.f.ErrorCode}: {x.problem}")
                .ToList();
            return (malformed.Count == 0).Label(string.Join("; ", malformed));
        });

    [Property(Hostile = true)]
    public Property Minor_validator() => AnswersWithoutThrowing(HostileDomainGenerators.Minors, new MinorValidator());

    [Property(Hostile = true)]
    public Property Foster_carer_validator() => AnswersWithoutThrowing(HostileDomainGenerators.FosterCarers, new FosterCarerValidator(Samples.Clock()));

    [Property(Hostile = true)]
    public Property Availability_validator() => AnswersWithoutThrowing(HostileDomainGenerators.Availabilities, new AvailabilityValidator());

    [Property(Hostile = true)]
    public Property Age_range_validator() => AnswersWithoutThrowing(HostileDomainGenerators.AgeRanges, new AgeRangeValidator());

    [Property(Hostile = true)]
    public Property Household_validator() => AnswersWithoutThrowing(HostileDomainGenerators.Households, new HouseholdValidator(Samples.Clock()));

    [Property(Hostile = true)]
    public Property Experience_validator() => AnswersWithoutThrowing(HostileDomainGenerators.Experiences, new ExperienceValidator());

    [Property(Hostile = true)]
    public Property Foster_care_service_validator() => AnswersWithoutThrowing(HostileDomainGenerators.FosterCareServices, new FosterCareServiceValidator());

    [Property(Hostile = true)]
    public Property Data_processing_consent_validator()
        => AnswersWithoutThrowing(HostileDomainGenerators.DataProcessingConsents, new DataProcessingConsentValidator(Samples.Clock()));

    [Property(Hostile = true)]
    public Property Relative_validator() => AnswersWithoutThrowing(HostileDomainGenerators.Relatives, new RelativeValidator());

    [Property(Hostile = true)]
    public Property Family_of_origin_validator() => AnswersWithoutThrowing(HostileDomainGenerators.FamiliesOfOrigin, new FamilyOfOriginValidator());

    [Property(Hostile = true)]
    public Property Municipality_validator() => AnswersWithoutThrowing(HostileDomainGenerators.Municipalities, new MunicipalityValidator());

    [Property(Hostile = true)]
    public Property Province_validator() => AnswersWithoutThrowing(HostileDomainGenerators.Provinces, new ProvinceValidator());

    [Property(Hostile = true)]
    public Property Region_validator() => AnswersWithoutThrowing(HostileDomainGenerators.Regions, new RegionValidator());

    [Property(Hostile = true)]
    public Property Geo_point_validator() => AnswersWithoutThrowing(HostileDomainGenerators.GeoPoints, new GeoPointValidator());

    [Property(Hostile = true)]
    public Property Social_district_validator() => AnswersWithoutThrowing(HostileDomainGenerators.SocialDistricts, new SocialDistrictValidator());

    [Property(Hostile = true)]
    public Property Part_time_schedule_validator() => AnswersWithoutThrowing(HostileDomainGenerators.PartTimeSchedules, new PartTimeScheduleValidator());

    [Property(Hostile = true)]
    public Property Placement_validator() => AnswersWithoutThrowing(HostileDomainGenerators.Placements, new PlacementValidator());

    [Property(Hostile = true)]
    public Property Placement_plan_validator() => AnswersWithoutThrowing(HostileDomainGenerators.PlacementPlans, new PlacementPlanValidator());

    [Property(MaxTest = 3)]
    public Property The_hostile_placements_reach_the_failures_they_are_meant_to_provoke()
        => Prop.ForAll(HostileDomainGenerators.Placements.ArrayOf(400).ToArbitrary(), placements =>
        {
            var validator = new PlacementValidator();
            var codes = placements.SelectMany(p => validator.Validate(p).Errors).Select(f => f.ErrorCode).ToHashSet(StringComparer.Ordinal);
            string[] expected =
            [
                ValidationCodes.Required, ValidationCodes.DateOutOfRange, ValidationCodes.CodeEmpty, ValidationCodes.CodeTooLong,
                ValidationCodes.CodeInvalidCharacter, ValidationCodes.EnumUndefined, ValidationCodes.TextInvalidCharacter,
                ValidationCodes.TextEmpty, ValidationCodes.PlacementMinorsTooMany, ValidationCodes.PlacementMinorsEmpty,
                ValidationCodes.PlacementScheduleMissing, ValidationCodes.PartTimeScheduleHoursOutOfRange, ValidationCodes.LatitudeOutOfRange,
                ValidationCodes.IstatCodeFormat, ValidationCodes.LanguageCodeFormat,
            ];
            var missing = expected.Where(code => !codes.Contains(code)).ToList();
            return (missing.Count == 0).Label("never reached: " + string.Join(", ", missing));
        });

    [Fact]
    public void Every_public_validator_of_the_domain_has_a_hostile_input_property()
    {
        var validators = typeof(Minor).Assembly.GetExportedTypes()
            .Where(t => !t.IsAbstract && t.IsAssignableTo(typeof(IValidator)))
            .Select(t => t.Name.Replace("Validator", string.Empty, StringComparison.Ordinal).ToUpperInvariant())
            .Order(StringComparer.Ordinal);
        var covered = typeof(HostileInputProperties).GetMethods()
            .Where(m => m.ReturnType == typeof(Property) && m.Name.EndsWith("_validator", StringComparison.Ordinal))
            .Select(m => m.Name.Replace("_validator", string.Empty, StringComparison.Ordinal).Replace("_", string.Empty, StringComparison.Ordinal).ToUpperInvariant())
            .Order(StringComparer.Ordinal);
        Assert.Equal(validators, covered);
    }
}
