using Affido.Domain;
using Affido.Rules;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using static Affido.TestSupport.HostileDomainGenerators;

namespace Affido.TestSupport;

/// <summary>
/// FsCheck 3 generators of ARBITRARY Rules inputs, built from <see cref="HostileDomainGenerators"/>: null members and
/// list elements, dates and instants at the ends of NodaTime's range, periods that do not advance, amounts of
/// <see cref="decimal.MaxValue"/>, undefined enums, malformed texts. A valid value (from <see cref="RulesGenerators"/>)
/// comes up a quarter of the time.
/// </summary>
public static class HostileRulesGenerators
{
    private static Gen<T> Mixed<T>(Gen<T> valid, Gen<T> wild) => Gen.Frequency((1, valid), (3, wild));

    /// <summary>Amounts: the extremes of <see cref="decimal"/>, negative, zero, a thousandth of a cent, ordinary ones.</summary>
    public static Gen<decimal> Amounts { get; } = Gen.Frequency(
        (1, Gen.Elements(decimal.MaxValue, decimal.MinValue, -1m, 0m, 0.00001m, 79_228_162_514_264_337_593_543.9m, 1e20m)),
        (1, RulesGenerators.Amounts));

    /// <summary>Instants: NodaTime's first and last, the epoch, ordinary ones.</summary>
    public static Gen<Instant> Instants { get; } = Gen.Frequency(
        (1, Gen.Elements(Instant.MinValue, Instant.MaxValue, default, Instant.FromUtc(1899, 12, 31, 23, 0))),
        (2, RulesGenerators.Instants));

    /// <summary>Optional instants.</summary>
    public static Gen<Instant?> OptionalInstants { get; } = DomainGenerators.OrNone(Instants);

    /// <summary>Year-months: year 1, 9999, just outside the supported dates, ordinary ones.</summary>
    public static Gen<YearMonth> YearMonths { get; } = Gen.Frequency(
        (1, Gen.Elements(new YearMonth(1, 1), new YearMonth(9999, 12), new YearMonth(1899, 12), new YearMonth(2200, 1), new YearMonth(-9998, 1))),
        (2, RulesGenerators.YearMonths));

    /// <summary>District policies with any amount, day, period and enum.</summary>
    public static Gen<DistrictPolicy> DistrictPolicies { get; } = OrNull(Mixed(RulesGenerators.DistrictPolicies,
        from amounts in Amounts.ArrayOf(3)
        from partial in Enums<PartialMonthRule>()
        from dueDay in Ints
        from periods in Gen.Zip(Periods, Periods)
        from leap in Enums<LeapDayBirthdayRule>()
        from severity in Enums<Severity>()
        select new DistrictPolicy
        {
            MonthlyContributionFullTime = amounts[0], MonthlyContributionPartTime = amounts[1], ExtraordinaryAnnualCap = amounts[2],
            PartialMonth = partial, ContributionDueDay = dueDay, ExpiryNoticeWindow = periods.Item1, UrgentDocumentsDeadline = periods.Item2,
            LeapDayBirthday = leap, MinorConsentMissingInJudicialPlacement = severity,
        }));

    /// <summary>Placement facts: any placement and plan.</summary>
    public static Gen<PlacementFacts> PlacementFactSets { get; } = OrNull(Gen.Zip(Placements, PlacementPlans, (p, plan) => new PlacementFacts(p, plan)));

    /// <summary>Cases: any list of placement facts.</summary>
    public static Gen<CaseFacts> CaseFactSets { get; } = OrNull(Lists(PlacementFactSets).Select(p => new CaseFacts(p)));

    /// <summary>Hardship approvals on any dates.</summary>
    public static Gen<HardshipApproval> HardshipApprovals { get; } = OrNull(Gen.Zip(Dates, Dates, (a, b) => new HardshipApproval(a, b)));

    /// <summary>Requests of a monthly contribution: any placement, month and approval.</summary>
    public static Gen<ContributionRequest> ContributionRequests { get; } = OrNull(Mixed(RulesGenerators.ContributionRequests,
        from placement in Placements from month in YearMonths from hardship in HardshipApprovals select new ContributionRequest(placement, month, hardship)));

    /// <summary>Extraordinary expenses: any text, dates and amounts.</summary>
    public static Gen<ExtraordinaryExpense> ExtraordinaryExpenses { get; } = OrNull(
        from description in Texts
        from incurred in Dates
        from quoted in Amounts
        from approved in OptionalDates
        from documented in DomainGenerators.OrNone(Amounts)
        select new ExtraordinaryExpense(description, incurred, quoted, approved, documented));

    /// <summary>Requests of an extraordinary contribution.</summary>
    public static Gen<ExtraordinaryRequest> ExtraordinaryRequests { get; } = OrNull(Mixed(RulesGenerators.ExtraordinaryRequests,
        from placement in Placements
        from expense in ExtraordinaryExpenses
        from paid in Amounts
        from hardship in HardshipApprovals
        select new ExtraordinaryRequest(placement, expense, paid, hardship)));

    /// <summary>Civil proceedings: any reference, matter, minor, date and carers.</summary>
    public static Gen<CivilProceeding> CivilProceedings { get; } = OrNull(Mixed(RulesGenerators.CivilProceedings,
        from reference in Texts
        from matter in Enums<ProceedingMatter>()
        from minor in Codes<MinorCode>()
        from date in Dates
        from current in Lists(Codes<CarerCode>())
        from convened in Lists(Codes<CarerCode>())
        select new CivilProceeding(reference, matter, minor, date, current, convened)));

    /// <summary>Participants of a proceeding: any persons.</summary>
    public static Gen<ProceedingParticipants> ProceedingParticipantSets { get; } = OrNull(
        from judges in Lists(Codes<PersonCode>())
        from experts in Lists(Codes<PersonCode>())
        from workers in Lists(Codes<PersonCode>())
        select new ProceedingParticipants(judges, experts, workers));

    /// <summary>Proposed placements: any carer, relatives, participants, date and minor.</summary>
    public static Gen<ProposedPlacement> ProposedPlacements { get; } = OrNull(Mixed(RulesGenerators.ProposedPlacements,
        from carer in Codes<CarerCode>()
        from relatives in Lists(Relatives)
        from participants in ProceedingParticipantSets
        from date in Dates
        from minor in OptionalCodes<MinorCode>()
        select new ProposedPlacement(carer, relatives, participants, date, minor)));

    /// <summary>Registry entries: any carer code and consent.</summary>
    public static Gen<RegistryEntry> RegistryEntries { get; } = OrNull(Gen.Zip(Codes<CarerCode>(), DataProcessingConsents, (c, consent) => new RegistryEntry(c, consent)));

    /// <summary>Informal hostings: any codes, dates and degree.</summary>
    public static Gen<InformalHosting> InformalHostings { get; } = OrNull(Mixed(RulesGenerators.InformalHostings,
        from minor in Codes<MinorCode>()
        from host in Codes<PersonCode>()
        from since in Dates
        from degree in DomainGenerators.OrNone(Ints)
        from reported in OptionalDates
        from ended in OptionalDates
        select new InformalHosting(minor, host, since, degree, reported, ended)));

    /// <summary>Orders placing a minor with the social service: any date, texts and periods.</summary>
    public static Gen<ServicePlacementOrder> ServicePlacementOrders { get; } = OrNull(Mixed(RulesGenerators.ServicePlacementOrders,
        from issued in Dates
        from minor in OptionalCodes<MinorCode>()
        from texts in Texts.ArrayOf(6)
        from periods in Gen.Zip(Periods, Periods)
        from curator in DomainGenerators.Booleans
        from notified in OptionalDates
        from named in OptionalDates
        select new ServicePlacementOrder
        {
            IssuedOn = issued, Minor = minor, PlacedWith = texts[0], ServiceActs = texts[1], PlacedWithActs = texts[2], ParentActs = texts[3],
            CuratorActs = texts[4], ServiceTasks = texts[5], Duration = periods.Item1, ReportInterval = periods.Item2, CuratorAppointed = curator,
            NotifiedOn = notified, ResponsibleNamedOn = named,
        }));

    /// <summary>Facts of an urgent removal: any instants, in any order.</summary>
    public static Gen<UrgentRemovalFacts> UrgentRemovalFactSets { get; } = OrNull(Mixed(RulesGenerators.UrgentRemovalFactSets,
        from placed in Instants
        from steps in OptionalInstants.ArrayOf(5)
        from minor in OptionalCodes<MinorCode>()
        select new UrgentRemovalFacts
        {
            PlacedInSafety = placed, OrderSentToProsecutor = steps[0], ValidationRequested = steps[1], ValidationDecreed = steps[2],
            HearingHeld = steps[3], CollegialDecreeIssued = steps[4], Minor = minor,
        }));
}
