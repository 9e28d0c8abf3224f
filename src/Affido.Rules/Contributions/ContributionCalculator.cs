using Affido.Domain;
using NodaTime;

namespace Affido.Rules;

/// <summary>
/// The contributions owed to foster carers (Reg. art. 9) under a district's policy: the monthly flat contribution
/// with its due date and partial months, and extraordinary contributions.
/// </summary>
/// <remarks>
/// <para>Who is owed a monthly contribution: none for a consensual kinship placement or any direct placement (affido
/// diretto), unless a hardship assessment was approved by the district office, then from the approval date; the flat
/// amount for consensual non-kinship and judicial placements other than direct, the full-time or part-time amount of
/// the policy.</para>
/// <para>Rounding: euros to the cent. A pro-rata share is rounded with <see cref="MidpointRounding.AwayFromZero"/>
/// (commercial rounding, as Italian administrations round euro cents); since the policy's amounts are whole cents (the
/// validator requires it), a share is never above the monthly amount. An extraordinary contribution is the least of
/// the documented expense, the approved quote and the cap left, truncated to the cent
/// (<see cref="MidpointRounding.ToZero"/>), so it is never above any of them.</para>
/// <para>Explanations come from the package's message catalogue: 1.234,50 € in Italian, EUR 1,234.50 in English,
/// whatever the server's culture.</para>
/// </remarks>
public sealed class ContributionCalculator
{
    /// <summary>A calculator with <paramref name="policy"/>.</summary>
    /// <param name="policy">The district's policy (validated with <see cref="DistrictPolicyValidator"/>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="policy"/> fails <see cref="DistrictPolicyValidator"/> (the message lists every failure).</exception>
    public ContributionCalculator(DistrictPolicy policy)
    {
        DistrictPolicyValidator.EnsureValid(policy);
        Policy = policy;
    }

    /// <summary>The district's policy.</summary>
    public DistrictPolicy Policy { get; }

    /// <summary>Whether, and why, <paramref name="placement"/> is owed a monthly contribution.</summary>
    /// <param name="placement">The placement.</param>
    /// <param name="hardship">The hardship approval, if any.</param>
    /// <returns>The basis.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="placement"/> is null.</exception>
    public static ContributionBasis BasisOf(Placement placement, HardshipApproval? hardship = null)
    {
        ArgumentNullException.ThrowIfNull(placement);
        bool none = placement.IsDirect || (placement.LegalBasis == LegalBasis.Consensual && placement.Relationship == Relationship.Kinship);
        if (!none)
        {
            return ContributionBasis.Flat;
        }
        return hardship is null ? ContributionBasis.None : ContributionBasis.Hardship;
    }

    /// <summary>The policy's monthly amount for the placement's time arrangement (full time or part time).</summary>
    /// <param name="placement">The placement.</param>
    /// <returns>The amount in euros.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="placement"/> is null.</exception>
    public decimal MonthlyAmountFor(Placement placement)
    {
        ArgumentNullException.ThrowIfNull(placement);
        return placement.Arrangement == TimeArrangement.PartTime ? Policy.MonthlyContributionPartTime : Policy.MonthlyContributionFullTime;
    }

    /// <summary>The day by which the contribution for <paramref name="month"/> is paid: the policy's due day of the following month.</summary>
    /// <param name="month">The month the contribution is for.</param>
    /// <returns>The due date.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="month"/> lies outside <see cref="SupportedDates"/>.</exception>
    public LocalDate DueDate(YearMonth month)
    {
        if (!SupportedDates.Contains(month.OnDayOfMonth(1)) || !SupportedDates.Contains(month.OnDayOfMonth(1).PlusMonths(1)))
        {
            throw new ArgumentOutOfRangeException(nameof(month), "The month lies outside the supported dates (SupportedDates).");
        }
        return month.PlusMonths(1).OnDayOfMonth(Policy.ContributionDueDay);
    }

    /// <summary>The monthly contribution owed for the request's month.</summary>
    /// <param name="request">The placement and month.</param>
    /// <returns>The contribution with its explanation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> or its placement is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The request's month, the placement's start or end, or the hardship's approval lies outside <see cref="SupportedDates"/>.</exception>
    public MonthlyContribution Monthly(ContributionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(request.Placement, nameof(request));
        var placement = request.Placement;
        var month = request.Month;
        if (!SupportedDates.Contains(month.OnDayOfMonth(1)) || !SupportedDates.Contains(month.OnDayOfMonth(1).PlusMonths(1)))
        {
            throw new ArgumentOutOfRangeException(nameof(request), "The request's Month lies outside the supported dates (SupportedDates).");
        }
        if (!SupportedDates.Contains(placement.Start) || placement.End is { } ended && !SupportedDates.Contains(ended.On)
            || request.Hardship is { } approval && !SupportedDates.Contains(approval.ApprovedOn))
        {
            throw new ArgumentOutOfRangeException(nameof(request), "The placement's Start or End, or the hardship's ApprovedOn, lies outside the supported dates (SupportedDates).");
        }
        var interval = month.ToDateInterval();
        int daysInMonth = interval.Length;
        var basis = BasisOf(placement, request.Hardship);
        var due = DueDate(month);
        if (basis == ContributionBasis.None)
        {
            return new MonthlyContribution
            {
                Month = month,
                Basis = basis,
                Amount = 0m,
                DueOn = due,
                DaysCovered = 0,
                DaysInMonth = daysInMonth,
                Explanation = RuleMessages.Render("contribution.monthly.none"),
                Source = LegalSources.ContributionExceptions,
            };
        }

        var from = placement.Start;
        if (basis == ContributionBasis.Hardship && request.Hardship!.ApprovedOn > from)
        {
            from = request.Hardship.ApprovedOn;
        }
        var first = from > interval.Start ? from : interval.Start;
        var last = placement.End is { } end && end.On < interval.End ? end.On : interval.End;
        int days = last >= first ? Period.DaysBetween(first, last) + 1 : 0;

        decimal full = MonthlyAmountFor(placement);
        decimal amount = days == 0 ? 0m
            : days == daysInMonth || Policy.PartialMonth == PartialMonthRule.WholeMonth ? full
            : Math.Round(full * days / daysInMonth, 2, MidpointRounding.AwayFromZero);
        var arrangement = RuleMessages.Render(RuleMessages.Fragment("arrangement", placement.Arrangement == TimeArrangement.PartTime ? "part-time" : "full-time"));
        var explanation = basis == ContributionBasis.Flat
            ? RuleMessages.Render("contribution.monthly.flat", MessageArgument.Words("arrangement", arrangement), MessageArgument.Money("amount", amount),
                MessageArgument.Number("days", days), MessageArgument.Number("month-days", daysInMonth), MessageArgument.Date("due", due))
            : RuleMessages.Render("contribution.monthly.hardship", MessageArgument.Date("approved", request.Hardship!.ApprovedOn), MessageArgument.Money("amount", amount),
                MessageArgument.Number("days", days), MessageArgument.Number("month-days", daysInMonth), MessageArgument.Date("due", due));
        return new MonthlyContribution
        {
            Month = month,
            Basis = basis,
            Amount = amount,
            DueOn = due,
            DaysCovered = days,
            DaysInMonth = daysInMonth,
            Explanation = explanation,
            Source = basis == ContributionBasis.Flat ? LegalSources.Contributions : LegalSources.ContributionExceptions,
        };
    }

    /// <summary>The extraordinary contribution payable for the request's expense (Reg. art. 9 b).</summary>
    /// <param name="request">The placement, the expense and what was already paid in the year.</param>
    /// <returns>The contribution with its explanation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/>, its placement or its expense is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An amount of the request is negative, or a date of its expense lies outside <see cref="SupportedDates"/>.</exception>
    public ExtraordinaryContribution Extraordinary(ExtraordinaryRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(request.Placement, nameof(request));
        var expense = request.Expense;
        ArgumentNullException.ThrowIfNull(expense, nameof(request));
        ArgumentOutOfRangeException.ThrowIfNegative(request.AlreadyPaidThisYear, nameof(request));
        ArgumentOutOfRangeException.ThrowIfNegative(expense.QuotedAmount, nameof(request));
        if (expense.DocumentedAmount is { } documentedCheck)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(documentedCheck, nameof(request));
        }

        decimal remaining = Math.Max(0m, Policy.ExtraordinaryAnnualCap - request.AlreadyPaidThisYear);
        if (BasisOf(request.Placement, request.Hardship) == ContributionBasis.None)
        {
            return new(ExtraordinaryOutcome.NotEntitled, 0m, remaining, RuleMessages.Render("contribution.extraordinary.not-entitled"));
        }
        if (!SupportedDates.Contains(expense.IncurredOn) || expense.ApprovedOn is { } approvedCheck && !SupportedDates.Contains(approvedCheck))
        {
            throw new ArgumentOutOfRangeException(nameof(request), "The expense's IncurredOn or ApprovedOn lies outside the supported dates (SupportedDates).");
        }
        if (expense.ApprovedOn is not { } approved || approved > expense.IncurredOn)
        {
            return new(ExtraordinaryOutcome.NotApprovedInAdvance, 0m, remaining, RuleMessages.Render("contribution.extraordinary.not-approved-in-advance"));
        }
        if (expense.DocumentedAmount is not { } documented)
        {
            return new(ExtraordinaryOutcome.NotDocumented, 0m, remaining, RuleMessages.Render("contribution.extraordinary.not-documented"));
        }
        if (remaining == 0m)
        {
            return new(ExtraordinaryOutcome.CapReached, 0m, remaining, RuleMessages.Render("contribution.extraordinary.cap-reached", MessageArgument.Money("cap", Policy.ExtraordinaryAnnualCap)));
        }
        decimal amount = Math.Round(Math.Min(Math.Min(documented, expense.QuotedAmount), remaining), 2, MidpointRounding.ToZero);
        return new(ExtraordinaryOutcome.Payable, amount, remaining, RuleMessages.Render(
            "contribution.extraordinary.payable",
            MessageArgument.Money("amount", amount),
            MessageArgument.Money("documented", documented),
            MessageArgument.Money("quoted", expense.QuotedAmount),
            MessageArgument.Money("remaining", remaining)));
    }
}
