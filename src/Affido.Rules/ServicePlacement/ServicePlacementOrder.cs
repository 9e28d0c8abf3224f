using Affido.Domain;
using NodaTime;

namespace Affido.Rules;

/// <summary>
/// A juvenile court's order that limits parental responsibility and places the minor with the social service
/// (affidamento al servizio sociale, L. 184/1983 art. 5-bis, inserted by D.Lgs. 149/2022 art. 28), with the elements
/// the court must state (c. 2 a-h) and the social service's communication of the person responsible (c. 4).
/// </summary>
/// <remarks>
/// Every element is optional here, because an order may lack some: the rule reports each as
/// <c>service-placement.element-missing</c>. Built with an object initializer (<see cref="IssuedOn"/> is required).
/// Validated by <see cref="ServicePlacementOrderValidator"/>; evaluate it with
/// <see cref="RuleEvaluator.Evaluate(ServicePlacementOrder, LocalDate)"/>.
/// </remarks>
public sealed record ServicePlacementOrder
{
    /// <summary>The date of the order, from which its duration runs and which picks the rule's version; an order dated after the evaluation date does not exist yet.</summary>
    public required LocalDate IssuedOn { get; init; }

    /// <summary>The minor.</summary>
    public MinorCode? Minor { get; init; }

    /// <summary>a) the person or body the minor is placed with (il soggetto presso il quale il minore è collocato).</summary>
    public string? PlacedWith { get; init; }

    /// <summary>b) the acts the local social service must perform directly, also with the health service.</summary>
    public string? ServiceActs { get; init; }

    /// <summary>c) the acts the person the minor is placed with may perform.</summary>
    public string? PlacedWithActs { get; init; }

    /// <summary>d) the acts the parents may perform.</summary>
    public string? ParentActs { get; init; }

    /// <summary>e) the acts the curator appointed under art. 333 c. 2 c.c. may perform (required only when <see cref="CuratorAppointed"/>).</summary>
    public string? CuratorActs { get; init; }

    /// <summary>f) the tasks given to the social service under art. 5 c. 2.</summary>
    public string? ServiceTasks { get; init; }

    /// <summary>g) the duration, at most 24 months.</summary>
    public Period? Duration { get; init; }

    /// <summary>h) how often the social service reports to the court, at most every 6 months.</summary>
    public Period? ReportInterval { get; init; }

    /// <summary>Whether a curator was appointed under art. 333 c. 2 c.c.</summary>
    public bool CuratorAppointed { get; init; }

    /// <summary>When the order was notified to the social service.</summary>
    public LocalDate? NotifiedOn { get; init; }

    /// <summary>When the social service communicated the name of the person responsible for the placement (c. 4: within 15 days of notification).</summary>
    public LocalDate? ResponsibleNamedOn { get; init; }

    /// <summary>The order as it stood on <paramref name="asOf"/>: a notification or a naming dated later has not happened yet.</summary>
    /// <param name="asOf">The date of the evaluation.</param>
    /// <returns>The order without the later acts.</returns>
    public ServicePlacementOrder AsOf(LocalDate asOf) => this with
    {
        NotifiedOn = NotifiedOn is { } notified && notified <= asOf ? notified : null,
        ResponsibleNamedOn = ResponsibleNamedOn is { } named && named <= asOf ? named : null,
    };
}
