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

    public static TheoryData<string> NotPositive => new() { "P0D", "P-1M", "P-3M", "P-1D", "P1M-32D", "P-1Y2M" };

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
    [InlineData("P1M-30D")]
    [InlineData("P24M")]
    [InlineData("P2W")]
    public void Positive_periods_pass(string period)
        => ValidationAssert.Valid(Validator, Plan with { PresumedDuration = Parse(period), VerificationCadence = Parse(period) });

    [Fact]
    public void Periods_are_compared_from_the_reference_date_2000_01_01()
    {
        // 1 month minus 30 days: from 1 January it reaches 2 January (positive); from 1 February 2000 it would go back.
        Assert.Equal(new LocalDate(2000, 1, 1), CommonRules.PeriodReferenceDate);
        Assert.True(new LocalDate(2000, 2, 1).Plus(Parse("P1M-30D")) < new LocalDate(2000, 2, 1));
        ValidationAssert.Valid(Validator, Plan with { VerificationCadence = Parse("P1M-30D") });
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
