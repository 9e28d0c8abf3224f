using Affido.Domain;
using NodaTime;

namespace Affido.Rules;

/// <summary>
/// <c>service-placement.element-missing</c> (Error): an order placing a minor with the social service (L. 184/1983
/// art. 5-bis) lacks one of the elements a-h of c. 2, sets a duration beyond 24 months or reports less often than every
/// 6 months, or the social service has not named the person responsible within 15 days of notification (c. 4).
/// </summary>
/// <remarks>
/// <para>One code for every defect, as the catalogue lists it: the message names the element (letter) and the finding
/// carries the dates.</para>
/// <para>Periods are compared as dates from <see cref="ServicePlacementOrder.IssuedOn"/>: the duration is too long when
/// the order's date plus it falls after the order's date plus 24 months (so "2 years" and "24 months" are both allowed,
/// "24 months and 1 day" is not); likewise the reporting interval against 6 months. The 15 days run from the day after
/// notification and end at the end of the 15th day (art. 155 c.p.c.): naming on notification plus 15 days is in time,
/// the day after is late; without a notification by the evaluation date this defect is not judged, and a naming dated
/// after the evaluation date has not happened yet. An order dated after the evaluation date does not exist yet: no
/// finding. Applies to orders dated from 28 February 2023 (<see cref="RuleValidity.SinceCartabia"/>).</para>
/// </remarks>
internal sealed class ServicePlacementRule() : Rule<ServicePlacementOrder>(RuleValidity.SinceCartabia, ElementMissing)
{
    /// <summary>The longest duration: 24 months (c. 2 g).</summary>
    public const int MaxDurationMonths = 24;

    /// <summary>The longest interval between reports: 6 months (c. 2 h).</summary>
    public const int MaxReportIntervalMonths = 6;

    /// <summary>The days within which the person responsible is named, from notification (c. 4).</summary>
    public const int ResponsibleNamingDays = 15;

    public static FindingKind ElementMissing { get; } = new(RuleCodes.ServicePlacementElementMissing, Severity.Error, LegalSources.ServicePlacement);

    public override LocalDate ProvisionDate(ServicePlacementOrder facts, RuleContext context) => facts.IssuedOn;

    public override IEnumerable<Finding> Evaluate(ServicePlacementOrder facts, RuleContext context)
        => facts.IssuedOn > context.AsOf ? [] : Defects(facts, context.AsOf).Select(d => ToFinding(facts, d)).ToList();

    /// <summary>Every defect of <paramref name="order"/> (as it stood) on <paramref name="asOf"/>, in the order of the letters.</summary>
    internal static IReadOnlyList<ServicePlacementDefect> Defects(ServicePlacementOrder order, LocalDate asOf)
    {
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
        else if (order.IssuedOn.Plus(interval) > order.IssuedOn.PlusMonths(MaxReportIntervalMonths))
        {
            defects.Add(ServicePlacementDefect.ReportIntervalTooLong);
        }
        if (NamingDue(order) is { } due && (order.ResponsibleNamedOn is { } named ? named > due : asOf > due))
        {
            defects.Add(ServicePlacementDefect.ResponsibleNotNamed);
        }
        return defects;
    }

    private static LocalDate? NamingDue(ServicePlacementOrder order) => order.NotifiedOn?.PlusDays(ResponsibleNamingDays);

    private static LocalDate DurationEnd(ServicePlacementOrder order) => order.IssuedOn.Plus(order.Duration ?? Period.Zero);

    private static LocalDate MaximumEnd(ServicePlacementOrder order) => order.IssuedOn.PlusMonths(MaxDurationMonths);

    private static Finding ToFinding(ServicePlacementOrder order, ServicePlacementDefect defect)
    {
        var provision = new FindingDate(FindingDateRole.Provision, order.IssuedOn);
        (string Name, MessageArgument[] Arguments, ValueArray<FindingDate> Dates) element = defect switch
        {
            ServicePlacementDefect.PlacedWithMissing => ("a", [], [provision]),
            ServicePlacementDefect.ServiceActsMissing => ("b", [], [provision]),
            ServicePlacementDefect.PlacedWithActsMissing => ("c", [], [provision]),
            ServicePlacementDefect.ParentActsMissing => ("d", [], [provision]),
            ServicePlacementDefect.CuratorActsMissing => ("e", [], [provision]),
            ServicePlacementDefect.ServiceTasksMissing => ("f", [], [provision]),
            ServicePlacementDefect.DurationMissing => ("g-missing", [], [provision]),
            ServicePlacementDefect.DurationTooLong => (
                "g-too-long",
                [MessageArgument.Date("end", DurationEnd(order)), MessageArgument.Date("maximum", MaximumEnd(order))],
                [provision, new FindingDate(FindingDateRole.PlannedEnd, DurationEnd(order)), new FindingDate(FindingDateRole.Maximum, MaximumEnd(order))]),
            ServicePlacementDefect.ReportIntervalMissing => ("h-missing", [], [provision]),
            ServicePlacementDefect.ReportIntervalTooLong => ("h-too-long", [], [provision]),
            _ => (
                "responsible-not-named",
                [MessageArgument.Date("due", NamingDue(order)!.Value)],
                [provision, new FindingDate(FindingDateRole.Due, NamingDue(order)!.Value), new FindingDate(FindingDateRole.OverdueSince, NamingDue(order)!.Value.PlusDays(1))]),
        };
        var text = RuleMessages.Render(RuleMessages.Fragment("service-placement-element", element.Name), element.Arguments);
        return ElementMissing.Create(RuleMessages.Render(ElementMissing.Code, MessageArgument.Words("element", text)), element.Dates, order.Minor);
    }
}
