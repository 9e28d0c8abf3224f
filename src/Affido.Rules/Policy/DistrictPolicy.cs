using Affido.Domain;
using NodaTime;

namespace Affido.Rules;

/// <summary>
/// Every value the regulation leaves to the district (the options the Assemblea dei Sindaci sets, Reg. art. 9), with
/// documented defaults. Immutable: change it with a <c>with</c> expression.
/// </summary>
/// <remarks>
/// Amounts are euros as <see cref="decimal"/>; national law fixes none (L. 184/1983 art. 5 c. 4). The defaults are
/// realistic published figures (Comune di Milano: €480 a month full time, 2025) and must be replaced by the district's
/// own. Validate with <see cref="DistrictPolicyValidator"/> before use: amounts are whole cents up to
/// <see cref="DistrictPolicyValidator.MaximumAmount"/>, windows at most 24 months.
/// </remarks>
public sealed record DistrictPolicy
{
    /// <summary>The defaults described on each property.</summary>
    public static DistrictPolicy Default { get; } = new();

    /// <summary>The monthly flat contribution for a full-time placement, in euros (Reg. art. 9 b). Default €480.00 (Comune di Milano, 2025).</summary>
    public decimal MonthlyContributionFullTime { get; init; } = 480.00m;

    /// <summary>The monthly flat contribution for a part-time placement, in euros (Reg. art. 9 b). Default €240.00 (half the full-time amount).</summary>
    public decimal MonthlyContributionPartTime { get; init; } = 240.00m;

    /// <summary>The annual cap on extraordinary contributions per placement, in euros (Reg. art. 9 b). Default €1,500.00.</summary>
    public decimal ExtraordinaryAnnualCap { get; init; } = 1500.00m;

    /// <summary>How a partial month is paid. Default <see cref="PartialMonthRule.ProRataByDays"/>.</summary>
    public PartialMonthRule PartialMonth { get; init; } = PartialMonthRule.ProRataByDays;

    /// <summary>The day of the following month by which the monthly contribution is paid ("entro la metà del mese successivo", Reg. art. 9). Default 15.</summary>
    public int ContributionDueDay { get; init; } = 15;

    /// <summary>How long before the planned end a placement is reported as expiring, and the prosecutor must have been signalled of a possible extension. Default 90 days.</summary>
    public Period ExpiryNoticeWindow { get; init; } = Period.FromDays(90);

    /// <summary>How long after the start of an urgent placement its prescribed documents may still be pending before they are overdue (Reg. art. 10: "nel più breve tempo possibile"). Default 30 days.</summary>
    public Period UrgentDocumentsDeadline { get; init; } = Period.FromDays(30);

    /// <summary>On which day a 29 February birth reaches an age in a common year. Default <see cref="LeapDayBirthdayRule.FirstOfMarch"/>.</summary>
    public LeapDayBirthdayRule LeapDayBirthday { get; init; } = LeapDayBirthdayRule.FirstOfMarch;

    /// <summary>The severity of a missing written consent of a minor aged 14 or more in a judicial placement (in a consensual one it is always an error). Default <see cref="Severity.Warning"/>.</summary>
    public Severity MinorConsentMissingInJudicialPlacement { get; init; } = Severity.Warning;
}
