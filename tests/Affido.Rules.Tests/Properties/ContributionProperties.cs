using Affido.Domain;
using Affido.TestSupport;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Affido.Rules.Tests;

public class ContributionProperties
{
    private static readonly Gen<decimal> Euros = Gen.Choose(0, 300_000).Select(n => n / 100m);

    private static readonly Gen<DistrictPolicy> Policies =
        from full in Euros
        from partShare in Gen.Choose(0, 100)
        from cap in Euros
        from partial in DomainGenerators.EnumValues<PartialMonthRule>()
        from dueDay in Gen.Choose(1, 28)
        select DistrictPolicy.Default with
        {
            MonthlyContributionFullTime = full,
            MonthlyContributionPartTime = Math.Round(full * partShare / 100m, 2, MidpointRounding.ToZero),
            ExtraordinaryAnnualCap = cap,
            PartialMonth = partial,
            ContributionDueDay = dueDay,
        };

    private static readonly Gen<HardshipApproval?> Hardships = DomainGenerators.OrNull(
        from date in DomainGenerators.DatesBetween(new LocalDate(2015, 1, 1), new LocalDate(2027, 1, 1))
        select new HardshipApproval(date.PlusDays(-7), date));

    [Property(MaxTest = 500)]
    public Property A_monthly_contribution_is_never_negative_nor_above_the_policy_amount()
        => Prop.ForAll(
            (from policy in Policies
             from placement in DomainGenerators.Placements
             from offset in Gen.Choose(-3, 60)
             from hardship in Hardships
             select (policy, placement, month: placement.Start.ToYearMonth().PlusMonths(offset), hardship)).ToArbitrary(),
            x =>
            {
                var calculator = new ContributionCalculator(x.policy);
                var c = calculator.Monthly(new ContributionRequest(x.placement, x.month, x.hardship));
                Assert.InRange(c.Amount, 0m, calculator.MonthlyAmountFor(x.placement));
                Assert.True(calculator.MonthlyAmountFor(x.placement) <= x.policy.MonthlyContributionFullTime);
                Assert.Equal(c.Amount, Math.Round(c.Amount, 2));
                Assert.Equal(x.month.PlusMonths(1), c.DueOn.ToYearMonth());
                Assert.InRange(c.DaysCovered, 0, c.DaysInMonth);
            });

    [Property(MaxTest = 500)]
    public Property An_extraordinary_contribution_is_never_above_the_cap_left_nor_the_documented_expense()
        => Prop.ForAll(
            (from policy in Policies
             from placement in DomainGenerators.Placements
             from quoted in Euros
             from documented in DomainGenerators.OrNone(Gen.Choose(0, 300_000).Select(n => n / 1000m))
             from paid in Euros
             from approvalOffset in DomainGenerators.OrNone(Gen.Choose(-30, 5))
             from hardship in Hardships
             let incurred = placement.Start.PlusDays(40)
             let expense = new ExtraordinaryExpense("expense", incurred, quoted, approvalOffset is { } o ? incurred.PlusDays(o) : null, documented)
             select (policy, request: new ExtraordinaryRequest(placement, expense, paid, hardship))).ToArbitrary(),
            x =>
            {
                var c = new ContributionCalculator(x.policy).Extraordinary(x.request);
                Assert.True(c.Amount >= 0m);
                Assert.True(c.Amount <= x.policy.ExtraordinaryAnnualCap);
                Assert.True(c.Amount <= Math.Max(0m, x.policy.ExtraordinaryAnnualCap - x.request.AlreadyPaidThisYear));
                Assert.True(c.Amount <= (x.request.Expense.DocumentedAmount ?? 0m));
                Assert.True(c.Amount <= x.request.Expense.QuotedAmount);
                Assert.True(c.Outcome == ExtraordinaryOutcome.Payable || c.Amount == 0m);
            });
}
