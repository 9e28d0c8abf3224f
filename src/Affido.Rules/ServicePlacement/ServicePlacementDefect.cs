namespace Affido.Rules;

/// <summary>What an art. 5-bis order lacks or gets wrong: each is one <c>service-placement.element-missing</c> finding, its message naming the element.</summary>
internal enum ServicePlacementDefect
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
