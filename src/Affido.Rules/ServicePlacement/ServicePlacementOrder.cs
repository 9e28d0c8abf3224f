using Affido.Domain;
using NodaTime;

namespace Affido.Rules;

/// <summary>
/// A juvenile court's order that limits parental responsibility and places the minor with the social service
/// (affidamento al servizio sociale, L. 184/1983 art. 5-bis, inserted by D.Lgs. 149/2022 art. 28), with the elements
/// the court must state (c. 2 a-h) and the social service's communication of the person responsible (c. 4).
/// </summary>
/// <remarks>Every element is optional here, because an order may lack some: <see cref="ServicePlacementRule"/> reports each.</remarks>
/// <param name="IssuedOn">The date of the order, from which its duration runs and which picks the rule's version.</param>
/// <param name="Minor">The minor.</param>
/// <param name="PlacedWith">a) the person or body the minor is placed with (il soggetto presso il quale il minore è collocato).</param>
/// <param name="ServiceActs">b) the acts the local social service must perform directly, also with the health service.</param>
/// <param name="PlacedWithActs">c) the acts the person the minor is placed with may perform.</param>
/// <param name="ParentActs">d) the acts the parents may perform.</param>
/// <param name="CuratorActs">e) the acts the curator appointed under art. 333 c. 2 c.c. may perform (required only when <paramref name="CuratorAppointed"/>).</param>
/// <param name="ServiceTasks">f) the tasks given to the social service under art. 5 c. 2.</param>
/// <param name="Duration">g) the duration, at most 24 months.</param>
/// <param name="ReportInterval">h) how often the social service reports to the court, at most every 6 months.</param>
/// <param name="CuratorAppointed">Whether a curator was appointed under art. 333 c. 2 c.c.</param>
/// <param name="NotifiedOn">When the order was notified to the social service.</param>
/// <param name="ResponsibleNamedOn">When the social service communicated the name of the person responsible for the placement (c. 4: within 15 days of notification).</param>
public sealed record ServicePlacementOrder(
    LocalDate IssuedOn,
    MinorCode? Minor = null,
    string? PlacedWith = null,
    string? ServiceActs = null,
    string? PlacedWithActs = null,
    string? ParentActs = null,
    string? CuratorActs = null,
    string? ServiceTasks = null,
    Period? Duration = null,
    Period? ReportInterval = null,
    bool CuratorAppointed = false,
    LocalDate? NotifiedOn = null,
    LocalDate? ResponsibleNamedOn = null);

/// <summary>What an art. 5-bis order lacks or gets wrong: each is one <c>service-placement.element-missing</c> finding.</summary>
public enum ServicePlacementDefect
{
    /// <summary>a) the person or body the minor is placed with is not stated.</summary>
    PlacedWithMissing = 0,

    /// <summary>b) the social service's acts are not stated.</summary>
    ServiceActsMissing = 1,

    /// <summary>c) the acts of the person the minor is placed with are not stated.</summary>
    PlacedWithActsMissing = 2,

    /// <summary>d) the parents' acts are not stated.</summary>
    ParentActsMissing = 3,

    /// <summary>e) the curator's acts are not stated though a curator was appointed.</summary>
    CuratorActsMissing = 4,

    /// <summary>f) the social service's tasks are not stated.</summary>
    ServiceTasksMissing = 5,

    /// <summary>g) the duration is not stated.</summary>
    DurationMissing = 6,

    /// <summary>g) the duration is beyond 24 months.</summary>
    DurationTooLong = 7,

    /// <summary>h) the reporting interval is not stated.</summary>
    ReportIntervalMissing = 8,

    /// <summary>h) the reporting interval is longer than 6 months.</summary>
    ReportIntervalTooLong = 9,

    /// <summary>c. 4: the person responsible was not named within 15 days of notification.</summary>
    ResponsibleNotNamed = 10,
}
