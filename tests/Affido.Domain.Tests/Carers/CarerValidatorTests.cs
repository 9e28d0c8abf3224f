using Affido.Domain;
using Affido.TestSupport;
using NodaTime;

namespace Affido.Domain.Tests.Carers;

public sealed class CarerValidatorTests
{
    private static readonly FosterCarerValidator Validator = new(Samples.Clock());
    private static FosterCarer Carer => Samples.Carer;

    private static FosterCarer WithAvailability(Func<Availability, Availability> change) => Carer with { Availability = change(Carer.Availability) };

    [Fact]
    public void The_sample_carer_passes() => ValidationAssert.Valid(Validator, Carer);

    [Fact]
    public void A_carer_without_consent_to_data_processing_is_valid_input_the_rules_report_it()
        => ValidationAssert.Valid(Validator, Carer with { DataProcessingConsent = null });

    [Fact]
    public void An_empty_carer_code_fails() => ValidationAssert.Fails(Validator, Carer with { Code = new CarerCode("") }, "Code", ValidationCodes.CodeEmpty);

    [Theory]
    [InlineData("Municipality")]
    [InlineData("Household")]
    [InlineData("Experience")]
    [InlineData("Availability")]
    public void Null_nested_objects_fail_with_value_required_not_an_exception(string property)
    {
        var carer = property switch
        {
            "Municipality" => Carer with { Municipality = null! },
            "Household" => Carer with { Household = null! },
            "Experience" => Carer with { Experience = null! },
            _ => Carer with { Availability = null! },
        };
        ValidationAssert.Fails(Validator, carer, property, ValidationCodes.Required);
    }

    [Fact]
    public void The_municipality_is_validated() =>
        ValidationAssert.Fails(Validator, Carer with { Municipality = Carer.Municipality with { Code = new IstatCode("15189") } }, "Municipality.Code", ValidationCodes.IstatCodeFormat);

    [Fact]
    public void An_undefined_status_fails() => ValidationAssert.Fails(Validator, Carer with { Status = (AssessmentStatus)9 }, "Status", ValidationCodes.EnumUndefined);

    [Fact]
    public void A_malformed_language_fails() =>
        ValidationAssert.Fails(Validator, Carer with { Languages = [LanguageCode.Italian, new LanguageCode("ENG")] }, "Languages[1]", ValidationCodes.LanguageCodeFormat);

    [Fact]
    public void A_blank_background_fails() =>
        ValidationAssert.Fails(Validator, Carer with { Backgrounds = [new BackgroundTag("")] }, "Backgrounds[0]", ValidationCodes.BackgroundTagEmpty);

    [Fact]
    public void Relatives_are_validated()
    {
        ValidationAssert.Fails(Validator, Carer with { Relatives = [new Relative(new PersonCode("P1"), 0)] }, "Relatives[0].Degree", ValidationCodes.RelativeDegreeNotPositive);
        ValidationAssert.Fails(Validator, Carer with { Relatives = [new Relative(new PersonCode(" "), 1)] }, "Relatives[0].Person", ValidationCodes.CodeEmpty);
        ValidationAssert.Fails(Validator, Carer with { Relatives = [new Relative(new PersonCode("P1"), 1, (KinshipKind)7)] }, "Relatives[0].Kind", ValidationCodes.EnumUndefined);
        ValidationAssert.Fails(Validator, Carer with { Relatives = [null!] }, "Relatives[0]", ValidationCodes.Required);
        ValidationAssert.Valid(Validator, Carer with { Relatives = [new Relative(new PersonCode("P1"), 1)] });
    }

    // Household: own children born in the future (today in Europe/Rome).

    [Fact]
    public void An_own_child_born_today_passes_and_one_born_tomorrow_fails()
    {
        ValidationAssert.Valid(Validator, Carer with { Household = Samples.Household with { ChildrenBirthDates = [Samples.Today] } });
        ValidationAssert.Fails(Validator, Carer with { Household = Samples.Household with { ChildrenBirthDates = [new LocalDate(2012, 1, 1), Samples.Today.PlusDays(1)] } },
            "Household.ChildrenBirthDates[1]", ValidationCodes.HouseholdChildBornInFuture);
    }

    [Fact]
    public void Today_is_the_date_in_Rome_not_in_UTC()
    {
        // 22:30 UTC on 1 June 2026 is 00:30 on 2 June in Rome (CEST, UTC+2).
        var clock = new NodaTime.Testing.FakeClock(Instant.FromUtc(2026, 6, 1, 22, 30));
        var household = new Household(HouseholdType.SinglePerson, [new LocalDate(2026, 6, 2)]);
        ValidationAssert.Valid(new HouseholdValidator(clock), household);
        ValidationAssert.Fails(new HouseholdValidator(clock), household with { ChildrenBirthDates = [new LocalDate(2026, 6, 3)] }, "ChildrenBirthDates[0]", ValidationCodes.HouseholdChildBornInFuture);
    }

    [Fact]
    public void The_validator_reads_the_clock_at_each_validation()
    {
        var clock = RomeClock.At(Samples.Today);
        var validator = new HouseholdValidator(clock);
        var household = new Household(HouseholdType.Couple, [Samples.Today.PlusDays(1)]);
        Assert.False(validator.Validate(household).IsValid);
        clock.Advance(Duration.FromDays(1));
        Assert.True(validator.Validate(household).IsValid);
    }

    [Fact]
    public void An_undefined_household_type_fails() =>
        ValidationAssert.Fails(Validator, Carer with { Household = new Household((HouseholdType)5) }, "Household.Type", ValidationCodes.EnumUndefined);

    // Data-processing consent.

    [Fact]
    public void A_consent_given_today_passes_and_one_dated_tomorrow_fails()
    {
        ValidationAssert.Valid(Validator, Carer with { DataProcessingConsent = new DataProcessingConsent(Samples.Today) });
        ValidationAssert.Fails(Validator, Carer with { DataProcessingConsent = new DataProcessingConsent(Samples.Today.PlusDays(1)) },
            "DataProcessingConsent.GivenOn", ValidationCodes.DataProcessingConsentInFuture);
    }

    // Experience.

    [Fact]
    public void Zero_experience_passes_and_negative_numbers_fail()
    {
        ValidationAssert.Valid(Validator, Carer with { Experience = new Experience(0, 0) });
        ValidationAssert.Fails(Validator, Carer with { Experience = new Experience(-1, 0) }, "Experience.PreviousPlacements", ValidationCodes.ExperiencePreviousPlacementsNegative);
        ValidationAssert.Fails(Validator, Carer with { Experience = new Experience(0, -1) }, "Experience.TrainingHours", ValidationCodes.ExperienceTrainingHoursNegative);
    }

    // Foster-care service.

    [Theory]
    [InlineData("Name")]
    [InlineData("Address")]
    [InlineData("Phone")]
    [InlineData("Email")]
    public void Every_text_of_the_service_is_required(string property)
    {
        foreach (string? blank in new[] { "", "  ", null })
        {
            var service = property switch
            {
                "Name" => Samples.Service with { Name = blank! },
                "Address" => Samples.Service with { Address = blank! },
                "Phone" => Samples.Service with { Phone = blank! },
                _ => Samples.Service with { Email = blank! },
            };
            ValidationAssert.Fails(Validator, Carer with { Service = service }, "Service." + property, ValidationCodes.TextEmpty);
        }
    }

    [Theory]
    [InlineData("affidi.example.org")]
    [InlineData("@example.org")]
    [InlineData("affidi@")]
    [InlineData("a@b@c")]
    [InlineData("affidi @example.org")]
    public void A_malformed_service_email_fails(string email)
        => ValidationAssert.Fails(Validator, Carer with { Service = Samples.Service with { Email = email } }, "Service.Email", ValidationCodes.FosterCareServiceEmailFormat);

    // Availability and its age range.

    [Fact]
    public void One_place_passes_and_zero_or_negative_places_fail()
    {
        ValidationAssert.Valid(Validator, WithAvailability(a => a with { Places = 1 }));
        ValidationAssert.Fails(Validator, WithAvailability(a => a with { Places = 0 }), "Availability.Places", ValidationCodes.AvailabilityPlacesNotPositive);
        ValidationAssert.Fails(Validator, WithAvailability(a => a with { Places = -2 }), "Availability.Places", ValidationCodes.AvailabilityPlacesNotPositive);
    }

    [Fact]
    public void An_availability_ending_the_day_it_starts_passes_and_one_ending_the_day_before_fails()
    {
        ValidationAssert.Valid(Validator, WithAvailability(a => a with { Until = a.From }));
        ValidationAssert.Valid(Validator, WithAvailability(a => a with { Until = null }));
        ValidationAssert.Fails(Validator, WithAvailability(a => a with { Until = a.From.PlusDays(-1) }), "Availability.Until", ValidationCodes.AvailabilityUntilBeforeFrom);
    }

    [Fact]
    public void Forms_and_arrangements_must_be_given_once_each_and_defined()
    {
        ValidationAssert.Fails(Validator, WithAvailability(a => a with { Forms = [] }), "Availability.Forms", ValidationCodes.AvailabilityFormsEmpty);
        ValidationAssert.Fails(Validator, WithAvailability(a => a with { Forms = [PlacementForm.Ordinary, PlacementForm.Ordinary] }), "Availability.Forms", ValidationCodes.AvailabilityFormsDuplicate);
        ValidationAssert.Fails(Validator, WithAvailability(a => a with { Forms = [(PlacementForm)42] }), "Availability.Forms[0]", ValidationCodes.EnumUndefined);
        ValidationAssert.Fails(Validator, WithAvailability(a => a with { Arrangements = [] }), "Availability.Arrangements", ValidationCodes.AvailabilityArrangementsEmpty);
        ValidationAssert.Fails(Validator, WithAvailability(a => a with { Arrangements = [TimeArrangement.PartTime, TimeArrangement.PartTime] }), "Availability.Arrangements", ValidationCodes.AvailabilityArrangementsDuplicate);
        ValidationAssert.Fails(Validator, WithAvailability(a => a with { Arrangements = [(TimeArrangement)2] }), "Availability.Arrangements[0]", ValidationCodes.EnumUndefined);
    }

    [Fact]
    public void A_missing_age_range_fails()
        => ValidationAssert.Fails(Validator, WithAvailability(a => a with { Ages = null! }), "Availability.Ages", ValidationCodes.Required);

    [Theory]
    [InlineData(0, 0)]
    [InlineData(0, 17)]
    [InlineData(17, 17)]
    [InlineData(5, 6)]
    public void Age_ranges_within_0_to_17_with_min_not_above_max_pass(int min, int max)
        => ValidationAssert.Valid(new AgeRangeValidator(), new AgeRange(min, max));

    [Theory]
    [InlineData(-1, 5, "MinYears", ValidationCodes.AgeRangeMinOutOfRange)]
    [InlineData(18, 18, "MinYears", ValidationCodes.AgeRangeMinOutOfRange)]
    [InlineData(0, 18, "MaxYears", ValidationCodes.AgeRangeMaxOutOfRange)]
    [InlineData(0, -1, "MaxYears", ValidationCodes.AgeRangeMaxOutOfRange)]
    [InlineData(11, 10, "MinYears", ValidationCodes.AgeRangeMinExceedsMax)]
    public void Age_ranges_out_of_0_to_17_or_inverted_fail(int min, int max, string property, string code)
    {
        ValidationAssert.Fails(new AgeRangeValidator(), new AgeRange(min, max), property, code);
        ValidationAssert.Fails(Validator, WithAvailability(a => a with { Ages = new AgeRange(min, max) }), "Availability.Ages." + property, code);
    }

    [Fact]
    public void The_inverted_range_message_gives_both_ages()
        => Assert.Equal("Must not exceed the highest age accepted (10), but is 11.",
            ValidationAssert.Fails(new AgeRangeValidator(), new AgeRange(11, 10), "MinYears", ValidationCodes.AgeRangeMinExceedsMax).ErrorMessage);

    [Fact]
    public void Clock_is_required()
    {
        Assert.Throws<ArgumentNullException>(() => new FosterCarerValidator(null!));
        Assert.Throws<ArgumentNullException>(() => new HouseholdValidator(null!));
        Assert.Throws<ArgumentNullException>(() => new DataProcessingConsentValidator(null!));
    }
}
