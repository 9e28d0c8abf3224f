using Affido.Domain;
using NodaTime;

namespace Affido.Rules.Tests;

/// <summary>Issue 12: bad input is answered with a validation result naming the member, or the documented exception; never a hang or an overflow.</summary>
public class BadInputTests
{
    private static readonly PlacementPlan StandingStill = Fixture.Plan() with { VerificationCadence = Period.FromMonths(1) - Period.FromDays(29) };

    // Item 1: from 31 January, one month minus 29 days goes back to 30 January; the calendar never ended.
    [Fact]
    public void A_cadence_that_cannot_advance_gives_a_finite_calendar()
    {
        var placement = Fixture.Placement() with { Start = new LocalDate(2025, 1, 31) };
        var calendar = VerificationSchedule.For(placement, StandingStill, new LocalDate(2025, 6, 1)).Calendar(new LocalDate(2026, 1, 31));
        Assert.Equal(4, calendar.Count);
        Assert.Equal(VerificationSchedule.MaximumCadence, VerificationSchedule.For(placement, StandingStill, new LocalDate(2025, 6, 1)).Cadence);
    }

    [Fact]
    public void A_cadence_that_cannot_advance_is_a_validation_error()
    {
        var evaluation = Fixture.Evaluate(Fixture.Placement(), StandingStill, Fixture.AsOf);
        Assert.False(evaluation.IsValid);
        var failure = Assert.Single(evaluation.ValidationFailures);
        Assert.Equal("Plan.VerificationCadence", failure.PropertyName);
        Assert.Equal(ValidationCodes.PeriodNotPositive, failure.ErrorCode);
    }

    [Fact]
    public void A_calendar_to_the_end_of_time_stops_at_the_last_supported_date()
    {
        var weekly = Fixture.Plan() with { VerificationCadence = Period.FromDays(1) };
        var calendar = VerificationSchedule.For(Fixture.Placement(), weekly, Fixture.AsOf).Calendar(new LocalDate(9999, 12, 31));
        Assert.Equal(SupportedDates.Latest, calendar[^1].Due);
        Assert.Empty(CourtReportSchedule.For(Fixture.Placement(), Fixture.AsOf).Calendar(new LocalDate(1, 1, 1)));
    }

    // Item 5.
    [Fact]
    public void A_start_of_9999_12_21_is_a_validation_failure_not_an_overflow()
    {
        var evaluation = Fixture.Evaluate(Fixture.Placement() with { Start = new LocalDate(9999, 12, 21) });
        Assert.False(evaluation.IsValid);
        Assert.True(evaluation.Fails("Placement.Start", ValidationCodes.DateOutOfRange), evaluation.Describe());
        Assert.Empty(evaluation.Findings);
    }

    [Fact]
    public void A_presumed_duration_of_a_million_years_is_a_validation_failure()
    {
        var evaluation = Fixture.Evaluate(Fixture.Plan() with { PresumedDuration = Period.FromYears(1_000_000) });
        Assert.False(evaluation.IsValid);
        Assert.True(evaluation.Fails("Plan.PresumedDuration", ValidationCodes.PeriodOutOfRange), evaluation.Describe());
    }

    [Fact]
    public void A_presumed_duration_ending_after_2199_is_a_validation_failure()
    {
        var placement = Fixture.Placement() with { Start = new LocalDate(2199, 6, 1), Minors = [Fixture.Minor(new LocalDate(2190, 1, 1))] };
        var evaluation = Fixture.Evaluate(placement, Fixture.Plan(), new LocalDate(2199, 7, 1));
        Assert.True(evaluation.Fails("Plan.PresumedDuration", ValidationCodes.PeriodOutOfRange), evaluation.Describe());
    }

    [Fact]
    public void Every_date_of_the_facts_and_the_date_of_the_evaluation_are_bounded()
    {
        var far = new LocalDate(2500, 1, 1);
        var placement = Fixture.Placement() with
        {
            Hearings = [new Hearing(Fixture.MinorA, far)],
            Verifications = [new Verification(far)],
            Extensions = [new Extension(Fixture.Start, far, true, HarmGround.SeriousHarm)],
        };
        var evaluation = Fixture.Evaluate(placement, Fixture.Plan(), new LocalDate(1899, 12, 31));
        Assert.True(evaluation.Fails("asOf", ValidationCodes.DateOutOfRange), evaluation.Describe());
        Assert.True(evaluation.Fails("Placement.Hearings[0].HeldOn", ValidationCodes.DateOutOfRange), evaluation.Describe());
        Assert.True(evaluation.Fails("Placement.Verifications[0].HeldOn", ValidationCodes.DateOutOfRange), evaluation.Describe());
        Assert.True(evaluation.Fails("Placement.Extensions[0].Until", ValidationCodes.DateOutOfRange), evaluation.Describe());
    }

    [Fact]
    public void The_value_apis_outside_the_evaluator_throw_the_documented_exception()
    {
        var outOfRange = Fixture.Placement() with { Start = new LocalDate(9999, 12, 21) };
        Assert.Throws<ArgumentOutOfRangeException>("placement", () => VerificationSchedule.For(outOfRange, Fixture.Plan(), Fixture.AsOf));
        Assert.Throws<ArgumentOutOfRangeException>("asOf", () => CourtReportSchedule.For(Fixture.Placement(), new LocalDate(9999, 12, 31)));
        Assert.Throws<ArgumentOutOfRangeException>("placement", () => PlacementTerm.Of(outOfRange, Fixture.Plan()));
        Assert.Null(PlacementTerm.Of(Fixture.Placement(), Fixture.Plan() with { PresumedDuration = Period.FromYears(1_000_000) }).PresumedEnd);
    }

    // Item 10 (policy amounts): decimal.MaxValue overflowed the pro-rata share.
    [Fact]
    public void A_policy_amount_of_decimal_MaxValue_is_refused_with_its_code()
    {
        var huge = DistrictPolicy.Default with { MonthlyContributionFullTime = decimal.MaxValue, MonthlyContributionPartTime = decimal.MaxValue, ExtraordinaryAnnualCap = decimal.MaxValue };
        var failures = DistrictPolicyValidator.Instance.Validate(huge).Errors;
        Assert.Equal(3, failures.Count(f => f.ErrorCode == "policy.amount-too-large"));
        var e = Assert.Throws<ArgumentException>("policy", () => new ContributionCalculator(huge));
        Assert.Contains("MonthlyContributionFullTime", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_largest_valid_policy_computes_without_overflow()
    {
        var largest = DistrictPolicy.Default with
        {
            MonthlyContributionFullTime = DistrictPolicyValidator.MaximumAmount,
            MonthlyContributionPartTime = DistrictPolicyValidator.MaximumAmount,
            ExtraordinaryAnnualCap = DistrictPolicyValidator.MaximumAmount,
        };
        var calculator = new ContributionCalculator(largest);
        var c = calculator.Monthly(new ContributionRequest(Fixture.Judicial(), new YearMonth(2025, 1)));
        Assert.Equal(548_387.10m, c.Amount);
        var expense = new ExtraordinaryExpense("x", Fixture.Start, decimal.MaxValue, Fixture.Start, decimal.MaxValue);
        Assert.Equal(DistrictPolicyValidator.MaximumAmount, calculator.Extraordinary(new ExtraordinaryRequest(Fixture.Judicial(), expense, 0m)).Amount);
        Assert.Equal(0m, calculator.Extraordinary(new ExtraordinaryRequest(Fixture.Judicial(), expense, decimal.MaxValue)).Amount);
    }

    [Theory]
    [InlineData("0.001")]
    [InlineData("-0.01")]
    [InlineData("1000000.01")]
    public void Policy_amounts_are_whole_cents_between_zero_and_a_million(string amount)
    {
        var policy = DistrictPolicy.Default with { ExtraordinaryAnnualCap = decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture) };
        Assert.False(DistrictPolicyValidator.Instance.Validate(policy).IsValid);
    }

    [Fact]
    public void Policy_windows_are_bounded_and_never_go_back()
    {
        Assert.Contains(DistrictPolicyValidator.Instance.Validate(DistrictPolicy.Default with { ExpiryNoticeWindow = Period.FromYears(1_000_000) }).Errors, f => f.ErrorCode == "policy.window-too-long");
        Assert.Contains(DistrictPolicyValidator.Instance.Validate(DistrictPolicy.Default with { UrgentDocumentsDeadline = Period.FromMonths(1) - Period.FromDays(29) }).Errors, f => f.ErrorCode == "policy.window-not-positive");
        Assert.True(DistrictPolicyValidator.Instance.Validate(DistrictPolicy.Default with { ExpiryNoticeWindow = Period.FromMonths(24) }).IsValid);
        Assert.False(DistrictPolicyValidator.Instance.Validate(DistrictPolicy.Default with { ExpiryNoticeWindow = Period.FromMonths(24) + Period.FromDays(1) }).IsValid);
    }

    [Fact]
    public void A_contribution_month_outside_the_supported_dates_is_the_documented_exception()
    {
        var calculator = new ContributionCalculator(DistrictPolicy.Default);
        Assert.Throws<ArgumentOutOfRangeException>("request", () => calculator.Monthly(new ContributionRequest(Fixture.Placement(), new YearMonth(9999, 12))));
        Assert.Throws<ArgumentOutOfRangeException>("month", () => calculator.DueDate(new YearMonth(9999, 12)));
        Assert.Throws<ArgumentNullException>("request", () => calculator.Monthly(new ContributionRequest(null!, new YearMonth(2025, 1))));
    }

    // Issue 10: structured errors.
    [Fact]
    public void Failures_carry_the_property_path_a_stable_code_and_a_message()
    {
        var evaluation = Fixture.Evaluate(Fixture.Placement() with { Consents = [null!], Carer = new CarerCode(" ") });
        Assert.All(evaluation.ValidationFailures, f =>
        {
            Assert.False(string.IsNullOrWhiteSpace(f.PropertyName));
            Assert.Matches(RuleCodes.Grammar, f.ErrorCode);
            Assert.False(string.IsNullOrWhiteSpace(f.ErrorMessage));
        });
        Assert.True(evaluation.Fails("Placement.Consents[0]", ValidationCodes.Required), evaluation.Describe());
        Assert.True(evaluation.Fails("Placement.Carer", ValidationCodes.CodeEmpty), evaluation.Describe());
    }

    [Fact]
    public void Null_members_and_elements_are_named_never_thrown()
    {
        var evaluation = RuleEvaluator.Default.Evaluate(new CaseFacts([null!, new PlacementFacts(null!, null!)]), Fixture.AsOf);
        Assert.True(evaluation.Fails("Placements[0]", ValidationCodes.Required), evaluation.Describe());
        Assert.True(evaluation.Fails("Placements[1].Placement", ValidationCodes.Required), evaluation.Describe());
        Assert.True(evaluation.Fails("Placements[1].Plan", ValidationCodes.Required), evaluation.Describe());
        var proposal = RuleEvaluator.Default.Evaluate(new ProposedPlacement(new CarerCode("C"), [null!], null!, Fixture.AsOf), Fixture.AsOf);
        Assert.True(proposal.Fails("Participants", ValidationCodes.Required), proposal.Describe());
        Assert.True(proposal.Fails("Relatives[0]", ValidationCodes.Required), proposal.Describe());
    }
}
