using Affido.Domain;
using NodaTime;

namespace Affido.Rules.Tests;

public class ContributionCalculatorTests
{
    private static readonly ContributionCalculator Calculator = new(DistrictPolicy.Default);
    private static readonly YearMonth March = new(2025, 3);

    private static Placement Placement(LegalBasis basis, Relationship relationship, bool direct = false, TimeArrangement arrangement = TimeArrangement.FullTime)
        => Fixture.Placement() with { LegalBasis = basis, Relationship = relationship, IsDirect = direct, Arrangement = arrangement };

    [Theory]
    [InlineData(LegalBasis.Consensual, Relationship.Kinship, false, ContributionBasis.None)]
    [InlineData(LegalBasis.Consensual, Relationship.NonKinship, false, ContributionBasis.Flat)]
    [InlineData(LegalBasis.Judicial, Relationship.Kinship, false, ContributionBasis.Flat)]
    [InlineData(LegalBasis.Judicial, Relationship.NonKinship, false, ContributionBasis.Flat)]
    [InlineData(LegalBasis.Judicial, Relationship.Kinship, true, ContributionBasis.None)]
    [InlineData(LegalBasis.Consensual, Relationship.NonKinship, true, ContributionBasis.None)]
    public void Who_is_owed_a_monthly_contribution(LegalBasis basis, Relationship relationship, bool direct, ContributionBasis expected)
        => Assert.Equal(expected, ContributionCalculator.BasisOf(Placement(basis, relationship, direct)));

    [Fact]
    public void A_whole_month_full_time_is_the_policy_amount_due_on_the_15th_of_the_next_month()
    {
        var c = Calculator.Monthly(new ContributionRequest(Placement(LegalBasis.Judicial, Relationship.NonKinship), March));
        Assert.Equal(480.00m, c.Amount);
        Assert.Equal(new LocalDate(2025, 4, 15), c.DueOn);
        Assert.Equal(31, c.DaysCovered);
        Assert.Equal("Reg. art. 9 b", c.Source.Citation);
    }

    [Fact]
    public void Part_time_is_the_part_time_amount()
        => Assert.Equal(240.00m, Calculator.Monthly(new ContributionRequest(Placement(LegalBasis.Judicial, Relationship.Kinship, arrangement: TimeArrangement.PartTime), March)).Amount);

    [Fact]
    public void December_is_due_on_15_January()
        => Assert.Equal(new LocalDate(2026, 1, 15), Calculator.DueDate(new YearMonth(2025, 12)));

    [Fact]
    public void The_first_month_is_pro_rata_by_days_rounded_away_from_zero()
    {
        // Start 15 January: 17 of 31 days; 480 * 17 / 31 = 263.2258... -> 263.23.
        var c = Calculator.Monthly(new ContributionRequest(Placement(LegalBasis.Judicial, Relationship.NonKinship), new YearMonth(2025, 1)));
        Assert.Equal(17, c.DaysCovered);
        Assert.Equal(263.23m, c.Amount);
    }

    [Fact]
    public void A_midpoint_share_rounds_away_from_zero()
    {
        // 1.00 a month, 15 of 30 days in a 30-day month: 0.50 exactly; 1.01 * 15 / 30 = 0.505 -> 0.51 (ToEven would give 0.50).
        var policy = DistrictPolicy.Default with { MonthlyContributionFullTime = 1.01m, MonthlyContributionPartTime = 0.50m };
        var placement = Placement(LegalBasis.Judicial, Relationship.NonKinship) with { Start = new LocalDate(2025, 4, 16) };
        Assert.Equal(0.51m, new ContributionCalculator(policy).Monthly(new ContributionRequest(placement, new YearMonth(2025, 4))).Amount);
    }

    [Fact]
    public void The_last_month_counts_the_end_day()
    {
        var ended = Placement(LegalBasis.Judicial, Relationship.NonKinship) with { End = new PlacementEnd(new LocalDate(2025, 3, 10), EndReason.ReturnToFamily) };
        var c = Calculator.Monthly(new ContributionRequest(ended, March));
        Assert.Equal(10, c.DaysCovered);
        Assert.Equal(154.84m, c.Amount);
    }

    [Fact]
    public void Whole_month_policy_pays_the_full_amount_for_a_partial_month()
    {
        var policy = DistrictPolicy.Default with { PartialMonth = PartialMonthRule.WholeMonth };
        var c = new ContributionCalculator(policy).Monthly(new ContributionRequest(Placement(LegalBasis.Judicial, Relationship.NonKinship), new YearMonth(2025, 1)));
        Assert.Equal(480.00m, c.Amount);
    }

    [Fact]
    public void A_month_before_the_start_or_after_the_end_owes_nothing()
    {
        var c = Calculator.Monthly(new ContributionRequest(Placement(LegalBasis.Judicial, Relationship.NonKinship), new YearMonth(2024, 12)));
        Assert.Equal(0m, c.Amount);
        Assert.Equal(0, c.DaysCovered);
    }

    [Fact]
    public void Consensual_kinship_owes_nothing_without_hardship_and_the_flat_amount_from_its_approval()
    {
        var kinship = Placement(LegalBasis.Consensual, Relationship.Kinship);
        var none = Calculator.Monthly(new ContributionRequest(kinship, March));
        Assert.Equal((ContributionBasis.None, 0m, "Reg. art. 9 a"), (none.Basis, none.Amount, none.Source.Citation));
        var hardship = new HardshipApproval(new LocalDate(2025, 3, 1), new LocalDate(2025, 3, 17));
        var owed = Calculator.Monthly(new ContributionRequest(kinship, March, hardship));
        Assert.Equal(ContributionBasis.Hardship, owed.Basis);
        Assert.Equal(15, owed.DaysCovered);
        Assert.Equal(232.26m, owed.Amount);
        Assert.Equal(480.00m, Calculator.Monthly(new ContributionRequest(kinship, new YearMonth(2025, 4), hardship)).Amount);
    }

    private static ExtraordinaryRequest Expense(decimal quoted, decimal? documented, decimal alreadyPaid = 0m, LocalDate? approvedOn = null, Placement? placement = null)
        => new(placement ?? Placement(LegalBasis.Judicial, Relationship.NonKinship), new ExtraordinaryExpense("Dental care not covered by the SSN", new LocalDate(2025, 5, 10), quoted, approvedOn ?? new LocalDate(2025, 5, 1), documented), alreadyPaid);

    [Fact]
    public void An_approved_documented_expense_is_paid_up_to_the_documented_amount()
    {
        var c = Calculator.Extraordinary(Expense(400m, 380.50m));
        Assert.Equal((ExtraordinaryOutcome.Payable, 380.50m), (c.Outcome, c.Amount));
    }

    [Fact]
    public void Never_above_the_approved_quote()
        => Assert.Equal(400m, Calculator.Extraordinary(Expense(400m, 450m)).Amount);

    [Fact]
    public void The_cap_left_in_the_year_limits_it()
    {
        var c = Calculator.Extraordinary(Expense(400m, 400m, alreadyPaid: 1300m));
        Assert.Equal((200m, 200m), (c.Amount, c.RemainingCap));
        Assert.Equal(ExtraordinaryOutcome.CapReached, Calculator.Extraordinary(Expense(400m, 400m, alreadyPaid: 1500m)).Outcome);
    }

    [Fact]
    public void Approval_on_the_day_of_the_expense_is_prior_the_day_after_is_not()
    {
        Assert.Equal(ExtraordinaryOutcome.Payable, Calculator.Extraordinary(Expense(100m, 100m, approvedOn: new LocalDate(2025, 5, 10))).Outcome);
        var late = Calculator.Extraordinary(Expense(100m, 100m, approvedOn: new LocalDate(2025, 5, 11)));
        Assert.Equal((ExtraordinaryOutcome.NotApprovedInAdvance, 0m), (late.Outcome, late.Amount));
    }

    [Fact]
    public void Undocumented_or_not_entitled_expenses_are_not_paid()
    {
        Assert.Equal(ExtraordinaryOutcome.NotDocumented, Calculator.Extraordinary(Expense(100m, null)).Outcome);
        Assert.Equal(ExtraordinaryOutcome.NotEntitled, Calculator.Extraordinary(Expense(100m, 100m, placement: Placement(LegalBasis.Consensual, Relationship.Kinship))).Outcome);
    }

    [Fact]
    public void Negative_amounts_are_programming_errors()
        => Assert.Throws<ArgumentOutOfRangeException>(() => Calculator.Extraordinary(Expense(100m, 100m, alreadyPaid: -1m)));
}
