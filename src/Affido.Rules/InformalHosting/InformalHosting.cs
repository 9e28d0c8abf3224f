using Affido.Domain;
using NodaTime;

namespace Affido.Rules;

/// <summary>
/// A minor hosted in someone's home outside any placement (accoglienza di fatto), as L. 184/1983 art. 9 c. 4 considers
/// it: who hosts, since when, how they are related, and whether they reported it.
/// </summary>
/// <remarks>Validated by <see cref="InformalHostingValidator"/>; evaluate it with <see cref="RuleEvaluator.Evaluate(InformalHosting, LocalDate)"/>.</remarks>
/// <param name="Minor">The minor hosted.</param>
/// <param name="Host">The host's pseudonymous code.</param>
/// <param name="HostingSince">The first day of the stable hosting.</param>
/// <param name="HostKinshipDegree">The host's degree of kinship with the minor (art. 76 c.c.), or <see langword="null"/> when not related.</param>
/// <param name="ReportedOn">When the host reported the hosting to the public prosecutor at the juvenile court, if at all.</param>
/// <param name="HostingEndedOn">The last day of the hosting, when it has ended.</param>
public sealed record InformalHosting(
    MinorCode Minor,
    PersonCode Host,
    LocalDate HostingSince,
    int? HostKinshipDegree = null,
    LocalDate? ReportedOn = null,
    LocalDate? HostingEndedOn = null)
{
    /// <summary>Whether the host is a relative within the 4th degree, who owes no report.</summary>
    public bool HostIsCloseRelative => HostKinshipDegree is >= 1 and <= Relative.MaxRelevantDegree;

    /// <summary>
    /// The day the hosting has lasted six months: <see cref="HostingSince"/> plus six months (art. 2963 c.c.: the
    /// same-numbered day, or the last day of a shorter month).
    /// </summary>
    public LocalDate SixMonthsReached => HostingSince.PlusMonths(6);

    /// <summary>
    /// The first day on which the report is due: the day after <see cref="SixMonthsReached"/>, because the law requires
    /// it when the hosting lasts "more than six months" (per un periodo superiore a sei mesi).
    /// </summary>
    /// <example>Hosting since 15 January 2026: six months reached on 15 July, report due from 16 July.</example>
    public LocalDate ReportDueFrom => SixMonthsReached.PlusDays(1);

    /// <summary>The hosting as it stood on <paramref name="asOf"/>: a report or an end dated later has not happened yet.</summary>
    /// <param name="asOf">The date of the evaluation.</param>
    /// <returns>The hosting without the later acts.</returns>
    public InformalHosting AsOf(LocalDate asOf) => this with
    {
        ReportedOn = ReportedOn is { } reported && reported <= asOf ? reported : null,
        HostingEndedOn = HostingEndedOn is { } ended && ended <= asOf ? ended : null,
    };
}
