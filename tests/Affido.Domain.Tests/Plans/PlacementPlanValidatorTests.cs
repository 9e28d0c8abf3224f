using Affido.Domain;
using NodaTime;

namespace Affido.Domain.Tests.Plans;

public sealed class PlacementPlanValidatorTests
{
    private static readonly PlacementPlanValidator Validator = new();
    private static PlacementPlan Plan => Samples.Plan;

    [Fact]
    public void The_sample_plan_passes() => ValidationAssert.Valid(Validator, Plan);

    [Fact]
    public void An_empty_plan_is_valid_input_the_rules_report_the_missing_elements() => ValidationAssert.Valid(Validator, new PlacementPlan());

    public static TheoryData<string> NotPositive => new() { "P0D", "P-1M", "P-3M", "P-1D", "P1M-32D", "P-1Y2M", "P1M-29D", "P1M-30D", "P1Y-1D" };

    [Theory]
    [MemberData(nameof(NotPositive))]
    public void A_zero_or_negative_presumed_duration_fails(string period)
        => ValidationAssert.Fails(Validator, Plan with { PresumedDuration = Parse(period) }, "PresumedDuration", ValidationCodes.PeriodNotPositive);

    [Theory]
    [MemberData(nameof(NotPositive))]
    public void A_zero_or_negative_verification_cadence_fails(string period)
        => ValidationAssert.Fails(Validator, Plan with { VerificationCadence = Parse(period) }, "VerificationCadence", ValidationCodes.PeriodNotPositive);

    [Theory]
    [InlineData("P1D")]
    [InlineData("P1M1D")]
    [InlineData("P24M")]
    [InlineData("P2W")]
    public void Positive_periods_pass(string period)
        => ValidationAssert.Valid(Validator, Plan with { PresumedDuration = Parse(period), VerificationCadence = Parse(period) });

    [Fact]
    public void A_cadence_that_does_not_advance_from_every_date_fails_issue_12_item_1()
    {
        // One month minus 29 days moves 1 January forward but leaves 31 January where it was (+1M = 29 February 2000,
        // -29D = 31 January): a verification calendar on that cadence never advances. Every unit must be zero or more.
        var cadence = Period.FromMonths(1) - Period.FromDays(29);
        Assert.Equal(new LocalDate(2000, 1, 31), new LocalDate(2000, 1, 31).Plus(cadence));
        var failure = ValidationAssert.Fails(Validator, Plan with { VerificationCadence = cadence }, "VerificationCadence", ValidationCodes.PeriodNotPositive);
        Assert.Equal("Must be longer than zero, with no unit below zero, but is 1 month and -29 days.", failure.ErrorMessage);
        Assert.Equal("Deve essere maggiore di zero, senza unità negative, ma è 1 mese e -29 giorni.", failure.MessageIn(MessageLanguage.Italian));
    }

    [Fact]
    public void A_period_is_in_range_while_it_keeps_the_reference_date_2000_01_01_within_the_supported_dates()
    {
        Assert.Equal(new LocalDate(2000, 1, 1), SupportedDates.PeriodReferenceDate);
        ValidationAssert.Valid(Validator, Plan with { PresumedDuration = Period.FromYears(199) + Period.FromMonths(11) + Period.FromDays(30) });
        ValidationAssert.Fails(Validator, Plan with { PresumedDuration = Period.FromYears(200) }, "PresumedDuration", ValidationCodes.PeriodOutOfRange);
    }

    [Fact]
    public void A_period_with_hours_fails_with_time_units_not_an_exception()
        => ValidationAssert.Fails(Validator, Plan with { PresumedDuration = Period.FromHours(48) }, "PresumedDuration", ValidationCodes.PeriodTimeUnits);

    [Fact]
    public void A_period_beyond_the_calendar_fails_with_out_of_range_not_an_exception()
    {
        ValidationAssert.Fails(Validator, Plan with { PresumedDuration = Period.FromYears(9000) }, "PresumedDuration", ValidationCodes.PeriodOutOfRange);
        ValidationAssert.Fails(Validator, Plan with { VerificationCadence = Period.FromDays(int.MaxValue) }, "VerificationCadence", ValidationCodes.PeriodOutOfRange);
    }

    [Theory]
    [InlineData("Goals")]
    [InlineData("ContactArrangements")]
    [InlineData("FamilyOfOriginCommitments")]
    [InlineData("CarerCommitments")]
    [InlineData("SocialServiceCommitments")]
    [InlineData("FosterCareServiceCommitments")]
    [InlineData("ConsentOrDecreeReference")]
    public void A_blank_element_fails_but_an_absent_one_passes(string property)
    {
        PlacementPlan With(string? text) => property switch
        {
            "Goals" => Plan with { Goals = text },
            "ContactArrangements" => Plan with { ContactArrangements = text },
            "FamilyOfOriginCommitments" => Plan with { FamilyOfOriginCommitments = text },
            "CarerCommitments" => Plan with { CarerCommitments = text },
            "SocialServiceCommitments" => Plan with { SocialServiceCommitments = text },
            "FosterCareServiceCommitments" => Plan with { FosterCareServiceCommitments = text },
            _ => Plan with { ConsentOrDecreeReference = text },
        };
        ValidationAssert.Valid(Validator, With(null));
        ValidationAssert.Fails(Validator, With("  "), property, ValidationCodes.TextBlank);
    }

    [Fact]
    public void Signatures_need_a_defined_signatory()
    {
        ValidationAssert.Fails(Validator, Plan with { Signatures = [new PlanSignature((Signatory)5, Samples.Start)] }, "Signatures[0].By", ValidationCodes.EnumUndefined);
        ValidationAssert.Fails(Validator, Plan with { Signatures = [null!] }, "Signatures[0]", ValidationCodes.Required);
    }

    private static Period Parse(string text) => NodaTime.Text.PeriodPattern.Roundtrip.Parse(text).Value;
}
