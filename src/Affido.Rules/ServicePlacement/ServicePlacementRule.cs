using Affido.Domain;
using NodaTime;

namespace Affido.Rules;

/// <summary>
/// <c>service-placement.element-missing</c> (Error): an order placing a minor with the social service (L. 184/1983
/// art. 5-bis) lacks one of the elements a-h of c. 2, sets a duration beyond 24 months or reports less often than every
/// 6 months, or the social service has not named the person responsible within 15 days of notification (c. 4).
/// </summary>
/// <remarks>
/// <para>
/// One code for every defect, as the catalogue lists it: the message names the element (letter) and the finding carries
/// the dates; <see cref="Defects"/> gives them as <see cref="ServicePlacementDefect"/> values for a structured display.
/// </para>
/// <para>
/// Periods are compared as dates from <see cref="ServicePlacementOrder.IssuedOn"/>: the duration is too long when the
/// order's date plus it falls after the order's date plus 24 months (so "2 years" and "24 months" are both allowed,
/// "24 months and 1 day" is not); likewise the reporting interval against 6 months. Time units in a period are
/// ignored (the validators reject them). The 15 days run from the day after notification and end at the end of the
/// 15th day (art. 155 c.p.c.): naming on notification plus 15 days is in time, the day after is late; without a
/// notification date this defect is not judged. Applies to orders dated from 28 February 2023
/// (<see cref="RuleValidity.SinceCartabia"/>).
/// </para>
/// </remarks>
public static class ServicePlacementRule
{
    /// <summary>The finding code.</summary>
    public const string Code = "service-placement.element-missing";

    /// <summary>The legal source.</summary>
    public const string Source = "L. 184/1983 art. 5-bis";

    /// <summary>The longest duration: 24 months (c. 2 g).</summary>
    public const int MaxDurationMonths = 24;

    /// <summary>The longest interval between reports: 6 months (c. 2 h).</summary>
    public const int MaxReportIntervalMonths = 6;

    /// <summary>The days within which the person responsible is named, from notification (c. 4).</summary>
    public const int ResponsibleNamingDays = 15;

    /// <summary>The version's validity: since 28 February 2023 (D.Lgs. 149/2022).</summary>
    public static RuleValidity Validity => RuleValidity.SinceCartabia;

    /// <summary>Every defect of <paramref name="order"/> on <paramref name="asOf"/>, in the order of the letters, whatever the date of the order.</summary>
    /// <param name="order">The order.</param>
    /// <param name="asOf">The evaluation date (for the 15-day naming term).</param>
    /// <exception cref="ArgumentNullException"><paramref name="order"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<ServicePlacementDefect> Defects(ServicePlacementOrder order, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(order);
        var defects = new List<ServicePlacementDefect>();
        void MissingIf(string? text, ServicePlacementDefect defect)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                defects.Add(defect);
            }
        }
        MissingIf(order.PlacedWith, ServicePlacementDefect.PlacedWithMissing);
        MissingIf(order.ServiceActs, ServicePlacementDefect.ServiceActsMissing);
        MissingIf(order.PlacedWithActs, ServicePlacementDefect.PlacedWithActsMissing);
        MissingIf(order.ParentActs, ServicePlacementDefect.ParentActsMissing);
        if (order.CuratorAppointed)
        {
            MissingIf(order.CuratorActs, ServicePlacementDefect.CuratorActsMissing);
        }
        MissingIf(order.ServiceTasks, ServicePlacementDefect.ServiceTasksMissing);
        if (order.Duration is null)
        {
            defects.Add(ServicePlacementDefect.DurationMissing);
        }
        else if (DurationEnd(order) > MaximumEnd(order))
        {
            defects.Add(ServicePlacementDefect.DurationTooLong);
        }
        if (order.ReportInterval is not { } interval)
        {
            defects.Add(ServicePlacementDefect.ReportIntervalMissing);
        }
        else if (order.IssuedOn.Plus(DateLengths.DatePart(interval)) > order.IssuedOn.PlusMonths(MaxReportIntervalMonths))
        {
            defects.Add(ServicePlacementDefect.ReportIntervalTooLong);
        }
        if (NamingDue(order) is { } due && (order.ResponsibleNamedOn is { } named ? named > due : asOf > due))
        {
            defects.Add(ServicePlacementDefect.ResponsibleNotNamed);
        }
        return defects;
    }

    /// <summary>The last day for naming the person responsible: notification plus 15 days; <see langword="null"/> without a notification date.</summary>
    /// <param name="order">The order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="order"/> is <see langword="null"/>.</exception>
    public static LocalDate? NamingDue(ServicePlacementOrder order)
    {
        ArgumentNullException.ThrowIfNull(order);
        return order.NotifiedOn?.PlusDays(ResponsibleNamingDays);
    }

    /// <summary>One finding per defect, for orders dated from 28 February 2023 (none before).</summary>
    /// <param name="order">The order.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <exception cref="ArgumentNullException"><paramref name="order"/> is <see langword="null"/>.</exception>
    public static IEnumerable<Finding> Evaluate(ServicePlacementOrder order, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (!Validity.AppliesTo(order.IssuedOn))
        {
            return [];
        }
        return Defects(order, asOf).Select(d => ToFinding(order, d)).ToArray();
    }

    private static LocalDate DurationEnd(ServicePlacementOrder order)
        => order.IssuedOn.Plus(DateLengths.DatePart(order.Duration ?? Period.Zero));

    private static LocalDate MaximumEnd(ServicePlacementOrder order) => order.IssuedOn.PlusMonths(MaxDurationMonths);

    private static Finding ToFinding(ServicePlacementOrder order, ServicePlacementDefect defect)
    {
        var provision = new FindingDate(FindingDateRole.Provision, order.IssuedOn);
        (string It, string En, ValueArray<FindingDate> Dates) text = defect switch
        {
            ServicePlacementDefect.PlacedWithMissing => ("a) il soggetto presso il quale il minore è collocato", "a) the person or body the minor is placed with", [provision]),
            ServicePlacementDefect.ServiceActsMissing => ("b) gli atti che il servizio sociale deve compiere direttamente", "b) the acts the social service must perform directly", [provision]),
            ServicePlacementDefect.PlacedWithActsMissing => ("c) gli atti che può compiere il collocatario", "c) the acts the person the minor is placed with may perform", [provision]),
            ServicePlacementDefect.ParentActsMissing => ("d) gli atti che possono compiere i genitori", "d) the acts the parents may perform", [provision]),
            ServicePlacementDefect.CuratorActsMissing => ("e) gli atti che può compiere il curatore nominato", "e) the acts the appointed curator may perform", [provision]),
            ServicePlacementDefect.ServiceTasksMissing => ("f) i compiti affidati al servizio sociale", "f) the tasks given to the social service", [provision]),
            ServicePlacementDefect.DurationMissing => ("g) la durata dell'affidamento", "g) the duration of the placement", [provision]),
            ServicePlacementDefect.DurationTooLong => (
                $"g) una durata non superiore a 24 mesi: termina il {DurationEnd(order):dd/MM/uuuu}, oltre il {MaximumEnd(order):dd/MM/uuuu}",
                $"g) a duration of at most 24 months: it ends on {DurationEnd(order):uuuu-MM-dd}, after {MaximumEnd(order):uuuu-MM-dd}",
                [provision, new FindingDate(FindingDateRole.PlannedEnd, DurationEnd(order)), new FindingDate(FindingDateRole.Maximum, MaximumEnd(order))]),
            ServicePlacementDefect.ReportIntervalMissing => ("h) la periodicità delle relazioni al giudice", "h) how often the social service reports to the court", [provision]),
            ServicePlacementDefect.ReportIntervalTooLong => ("h) relazioni al giudice almeno ogni 6 mesi", "h) reports to the court at least every 6 months", [provision]),
            _ => (
                $"c. 4) la comunicazione del nominativo del responsabile dell'affidamento entro 15 giorni dalla notifica (entro il {NamingDue(order):dd/MM/uuuu})",
                $"para. 4) the name of the person responsible, communicated within 15 days of notification (by {NamingDue(order):uuuu-MM-dd})",
                [provision, new FindingDate(FindingDateRole.Due, NamingDue(order)!.Value), new FindingDate(FindingDateRole.OverdueSince, NamingDue(order)!.Value.PlusDays(1))]),
        };
        var message = new BilingualText(
            $"Affidamento al servizio sociale: manca o non è conforme l'elemento {text.It}.",
            $"Placement with the social service: the order lacks or gets wrong the element {text.En}.");
        return new Finding(Code, Severity.Error, message, Source + (defect == ServicePlacementDefect.ResponsibleNotNamed ? " c. 4" : " c. 2"), text.Dates, order.Minor);
    }
}
