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
/// (commercial rounding, as Italian administrations round euro cents); since the policy's amounts are whole cents, a
/// share is never above the monthly amount. An extraordinary contribution is the least of the documented expense,
/// the approved quote and the cap left, truncated to the cent (<see cref="MidpointRounding.ToZero"/>), so it is never
/// above any of them.</para>
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
    /// <exception cref="ArgumentNullException"><paramref name="placement"/> is null.</exception>
    public decimal MonthlyAmountFor(Placement placement)
    {
        ArgumentNullException.ThrowIfNull(placement);
        return placement.Arrangement == TimeArrangement.PartTime ? Policy.MonthlyContributionPartTime : Policy.MonthlyContributionFullTime;
    }

    /// <summary>The day by which the contribution for <paramref name="month"/> is paid: the policy's due day of the following month.</summary>
    /// <param name="month">The month the contribution is for.</param>
    public LocalDate DueDate(YearMonth month) => month.PlusMonths(1).OnDayOfMonth(Policy.ContributionDueDay);

    /// <summary>The monthly contribution owed for the request's month.</summary>
    /// <param name="request">The placement and month.</param>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    public MonthlyContribution Monthly(ContributionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var placement = request.Placement;
        var month = request.Month;
        var interval = month.ToDateInterval();
        int daysInMonth = interval.Length;
        var basis = BasisOf(placement, request.Hardship);
        var due = DueDate(month);
        if (basis == ContributionBasis.None)
        {
            return new MonthlyContribution(
                month,
                basis,
                0m,
                due,
                0,
                daysInMonth,
                new("Affidamento consensuale parentale o diretto: nessun contributo senza valutazione di difficoltà economica approvata dall'Ufficio di Piano.", "Consensual kinship or direct placement: no contribution without a hardship assessment approved by the district office."),
                "Reg. art. 9 a");
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
        string source = basis == ContributionBasis.Flat ? "Reg. art. 9 b" : "Reg. art. 9 a";
        string kind = placement.Arrangement == TimeArrangement.PartTime ? "part-time" : "full-time";
        string tipo = placement.Arrangement == TimeArrangement.PartTime ? "a tempo parziale" : "a tempo pieno";
        var explanation = basis == ContributionBasis.Flat
            ? new BilingualText($"Contributo mensile forfetario {tipo}: {amount:0.00} euro per {days} giorni su {daysInMonth}, da versare entro il {due:dd/MM/uuuu}.", $"Monthly flat {kind} contribution: EUR {amount:0.00} for {days} of {daysInMonth} days, due by {due:uuuu-MM-dd}.")
            : new BilingualText($"Contributo per difficoltà economica approvato il {request.Hardship!.ApprovedOn:dd/MM/uuuu}: {amount:0.00} euro per {days} giorni su {daysInMonth}, da versare entro il {due:dd/MM/uuuu}.", $"Hardship contribution approved on {request.Hardship!.ApprovedOn:uuuu-MM-dd}: EUR {amount:0.00} for {days} of {daysInMonth} days, due by {due:uuuu-MM-dd}.");
        return new MonthlyContribution(month, basis, amount, due, days, daysInMonth, explanation, source);
    }

    /// <summary>The extraordinary contribution payable for the request's expense (Reg. art. 9 b).</summary>
    /// <param name="request">The placement, the expense and what was already paid in the year.</param>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An amount of the request is negative.</exception>
    public ExtraordinaryContribution Extraordinary(ExtraordinaryRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
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
            return new(ExtraordinaryOutcome.NotEntitled, 0m, remaining, new("Affidamento consensuale parentale o diretto senza difficoltà economica approvata: nessun contributo straordinario.", "Consensual kinship or direct placement without an approved hardship: no extraordinary contribution."));
        }
        if (expense.ApprovedOn is not { } approved || approved > expense.IncurredOn)
        {
            return new(ExtraordinaryOutcome.NotApprovedInAdvance, 0m, remaining, new("La spesa non è stata approvata preventivamente dall'Ufficio di Piano.", "The expense was not approved in advance by the district office."));
        }
        if (expense.DocumentedAmount is not { } documented)
        {
            return new(ExtraordinaryOutcome.NotDocumented, 0m, remaining, new("Il contributo è liquidato dopo la presentazione della fattura o di altro documento fiscale.", "The contribution is paid once the invoice or another fiscal document is shown."));
        }
        if (remaining == 0m)
        {
            return new(ExtraordinaryOutcome.CapReached, 0m, remaining, new($"Il tetto annuo di {Policy.ExtraordinaryAnnualCap:0.00} euro è già raggiunto.", $"The annual cap of EUR {Policy.ExtraordinaryAnnualCap:0.00} is already reached."));
        }
        decimal amount = Math.Round(Math.Min(Math.Min(documented, expense.QuotedAmount), remaining), 2, MidpointRounding.ToZero);
        return new(ExtraordinaryOutcome.Payable, amount, remaining, new($"Contributo straordinario di {amount:0.00} euro (spesa documentata {documented:0.00}, preventivo approvato {expense.QuotedAmount:0.00}, tetto residuo {remaining:0.00}).", $"Extraordinary contribution of EUR {amount:0.00} (documented {documented:0.00}, approved quote {expense.QuotedAmount:0.00}, cap left {remaining:0.00})."));
    }
}
