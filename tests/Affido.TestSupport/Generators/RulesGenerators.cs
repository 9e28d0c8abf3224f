using Affido.Domain;
using Affido.Rules;
using FsCheck;
using FluentValidation.Results;
using FsCheck.Fluent;
using NodaTime;

namespace Affido.TestSupport;

/// <summary>
/// FsCheck generators for the public data types of Affido.Rules: its inputs (placement and case facts, policies,
/// judicial facts, registry entries) and its outputs (findings, evaluations with their FluentValidation failures,
/// contributions, timelines), built from <see cref="DomainGenerators"/>.
/// </summary>
/// <remarks>
/// Outputs are generated directly, not computed by the rules, so that every shape a caller can receive (with and
/// without optional members) is produced: the JSON round-trip properties need shapes, not lawful results.
/// </remarks>
public static class RulesGenerators
{
    private static readonly string[] SampleCodes = ["consent.parents.missing", "duration.exceeds-maximum", "verification.overdue", "carer.conflict-of-interest"];

    /// <summary>Instants from 2015 to 2028, to the nanosecond.</summary>
    public static Gen<Instant> Instants { get; } =
        from date in DomainValueGenerators.Dates
        from seconds in Gen.Choose(0, 86_399)
        from nanoseconds in Gen.Choose(0, 999_999_999)
        select date.AtMidnight().InUtc().ToInstant().Plus(Duration.FromSeconds(seconds)).Plus(Duration.FromNanoseconds(nanoseconds));

    /// <summary>Months from 2015 to 2028.</summary>
    public static Gen<YearMonth> YearMonths { get; } = from year in Gen.Choose(2015, 2028) from month in Gen.Choose(1, 12) select new YearMonth(year, month);

    /// <summary>Euro amounts with cents, 0 to 5,000.</summary>
    public static Gen<decimal> Amounts { get; } = Gen.Choose(0, 500_000).Select(cents => cents / 100m);

    /// <summary>Dates of findings.</summary>
    public static Gen<FindingDate> FindingDates { get; } =
        from role in DomainGenerators.EnumValues<FindingDateRole>() from date in DomainValueGenerators.Dates select new FindingDate(role, date);

    /// <summary>Findings, with or without dates, a minor and carers.</summary>
    public static Gen<Finding> Findings { get; } =
        from code in Gen.Elements(SampleCodes)
        from severity in DomainGenerators.EnumValues<Severity>()
        from message in DomainValueGenerators.BilingualTexts
        from source in DomainValueGenerators.LegalSourceValues
        from dates in DomainGenerators.ValueArraysOf(FindingDates, 0, 3)
        from minor in DomainGenerators.OrNone(DomainGenerators.MinorCodes)
        from carer in DomainGenerators.OrNone(DomainGenerators.CarerCodes)
        select new Finding { Code = code, Severity = severity, Message = message, Source = source, Dates = dates, Minor = minor, Carer = carer };

    /// <summary>The kinds a rule declares: code, severity, source.</summary>
    public static Gen<FindingKind> FindingKinds { get; } =
        from code in Gen.Elements(SampleCodes)
        from severity in DomainGenerators.EnumValues<Severity>()
        from source in DomainValueGenerators.LegalSourceValues
        select new FindingKind(code, severity, source);

    /// <summary>
    /// FluentValidation failures as the validators give them (a member path, a stable code, a message, a severity),
    /// often with the attempted value (a birth date, a period) and a custom state a validator may attach, and sometimes
    /// with the empty path of a root rule or the nulls of a failure built by hand (<c>new ValidationFailure()</c>).
    /// </summary>
    public static Gen<ValidationFailure> ValidationFailures { get; } =
        from path in Gen.Elements<string?>("Placement.Start", "Placement.Minors[0].BirthDate", "Plan.VerificationCadence", "Placements", "asOf", "", null)
        from code in DomainGenerators.OrNull(Gen.Elements(
            ValidationCodes.DateOutOfRange, ValidationCodes.PeriodOutOfRange, PlacementFactsValidator.ExtensionBeforeStart,
            CaseFactsValidator.PlacementsEmpty, UrgentRemovalFactsValidator.StepOutOfOrder, "NotEmptyValidator"))
        from message in DomainGenerators.OrNull(Gen.OneOf(
            Gen.Elements("'asOf' must be a supported date (1900-01-01..2199-12-31).", "'Placements' must not be empty."),
            DomainValueGenerators.Texts))
        from severity in DomainGenerators.EnumValues<FluentValidation.Severity>()
        from attempted in Gen.OneOf(
            Gen.Constant<object?>(null),
            DomainValueGenerators.Dates.Select(d => (object?)d),
            DomainValueGenerators.Periods.Select(p => (object?)p))
        from state in Gen.Elements<object?>(null, "custom state", 42)
        select new ValidationFailure(path, message, attempted) { ErrorCode = code, Severity = severity, CustomState = state };

    /// <summary>Evaluations: findings, validation failures, both or neither (the evaluator gives one or the other; the type holds both).</summary>
    public static Gen<RuleEvaluation> RuleEvaluations { get; } =
        from findings in DomainGenerators.ValueArraysOf(Findings, 0, 3)
        from failures in DomainGenerators.ValueArraysOf(ValidationFailures, 0, 3)
        select new RuleEvaluation(findings, failures);

    /// <summary>District policies around the defaults.</summary>
    public static Gen<DistrictPolicy> DistrictPolicies { get; } =
        from full in Amounts
        from part in Amounts
        from cap in Amounts
        from partial in DomainGenerators.EnumValues<PartialMonthRule>()
        from dueDay in Gen.Choose(1, 28)
        from notice in DomainValueGenerators.Periods
        from deadline in DomainValueGenerators.Periods
        from leap in DomainGenerators.EnumValues<LeapDayBirthdayRule>()
        from severity in DomainGenerators.EnumValues<Severity>()
        select new DistrictPolicy
        {
            MonthlyContributionFullTime = full, MonthlyContributionPartTime = part, ExtraordinaryAnnualCap = cap, PartialMonth = partial,
            ContributionDueDay = dueDay, ExpiryNoticeWindow = notice, UrgentDocumentsDeadline = deadline, LeapDayBirthday = leap,
            MinorConsentMissingInJudicialPlacement = severity,
        };

    /// <summary>Contexts of evaluation: a date, an instant and a policy.</summary>
    public static Gen<RuleContext> RuleContexts { get; } =
        from asOf in DomainValueGenerators.Dates
        from at in Instants
        from policy in DistrictPolicies
        select new RuleContext(asOf, at, policy);

    /// <summary>What the placement rules judge: a placement and its plan.</summary>
    public static Gen<PlacementFacts> PlacementFactSets { get; } =
        from placement in DomainGenerators.Placements
        from plan in DomainGenerators.PlacementPlans
        select new PlacementFacts(placement, plan);

    /// <summary>Cases: none to three placements judged together.</summary>
    public static Gen<CaseFacts> CaseFactSets { get; } = DomainGenerators.ValueArraysOf(PlacementFactSets, 0, 3).Select(p => new CaseFacts(p));

    /// <summary>Hardship approvals.</summary>
    public static Gen<HardshipApproval> HardshipApprovals { get; } =
        from assessed in DomainValueGenerators.Dates from days in Gen.Choose(0, 60) select new HardshipApproval(assessed, assessed.PlusDays(days));

    /// <summary>Requests of a monthly contribution.</summary>
    public static Gen<ContributionRequest> ContributionRequests { get; } =
        from placement in DomainGenerators.Placements
        from month in YearMonths
        from hardship in DomainGenerators.OrNull(HardshipApprovals)
        select new ContributionRequest(placement, month, hardship);

    /// <summary>Monthly contributions.</summary>
    public static Gen<MonthlyContribution> MonthlyContributions { get; } =
        from month in YearMonths
        from basis in DomainGenerators.EnumValues<ContributionBasis>()
        from amount in Amounts
        from day in Gen.Choose(1, 28)
        from covered in Gen.Choose(0, 28)
        from explanation in DomainValueGenerators.BilingualTexts
        from source in DomainValueGenerators.LegalSourceValues
        select new MonthlyContribution
        {
            Month = month, Basis = basis, Amount = amount, DueOn = month.OnDayOfMonth(day), DaysCovered = covered,
            DaysInMonth = month.ToDateInterval().Length, Explanation = explanation, Source = source,
        };

    /// <summary>Extraordinary expenses.</summary>
    public static Gen<ExtraordinaryExpense> ExtraordinaryExpenses { get; } =
        from description in DomainValueGenerators.Texts
        from incurred in DomainValueGenerators.Dates
        from quoted in Amounts
        from approved in DomainGenerators.OrNone(DomainValueGenerators.Dates)
        from documented in DomainGenerators.OrNone(Amounts)
        select new ExtraordinaryExpense(description, incurred, quoted, approved, documented);

    /// <summary>Requests of an extraordinary contribution.</summary>
    public static Gen<ExtraordinaryRequest> ExtraordinaryRequests { get; } =
        from placement in DomainGenerators.Placements
        from expense in ExtraordinaryExpenses
        from paid in Amounts
        from hardship in DomainGenerators.OrNull(HardshipApprovals)
        select new ExtraordinaryRequest(placement, expense, paid, hardship);

    /// <summary>Extraordinary contributions.</summary>
    public static Gen<ExtraordinaryContribution> ExtraordinaryContributions { get; } =
        from outcome in DomainGenerators.EnumValues<ExtraordinaryOutcome>()
        from amount in Amounts
        from remaining in Amounts
        from explanation in DomainValueGenerators.BilingualTexts
        select new ExtraordinaryContribution(outcome, amount, remaining, explanation);

    /// <summary>Civil proceedings about a minor.</summary>
    public static Gen<CivilProceeding> CivilProceedings { get; } =
        from number in Gen.Choose(1, 9_999)
        from matter in DomainGenerators.EnumValues<ProceedingMatter>()
        from minor in DomainGenerators.MinorCodes
        from date in DomainValueGenerators.Dates
        from current in DomainGenerators.ValueArraysOf(DomainGenerators.CarerCodes, 0, 2)
        from convened in DomainGenerators.ValueArraysOf(DomainGenerators.CarerCodes, 0, 2)
        select new CivilProceeding("RG " + number.ToString(System.Globalization.CultureInfo.InvariantCulture) + "/2026", matter, minor, date, current, convened);

    /// <summary>Participants of a proceeding.</summary>
    public static Gen<ProceedingParticipants> ProceedingParticipantSets { get; } =
        from judges in DomainGenerators.ValueArraysOf(DomainGenerators.PersonCodes, 0, 3)
        from experts in DomainGenerators.ValueArraysOf(DomainGenerators.PersonCodes, 0, 2)
        from workers in DomainGenerators.ValueArraysOf(DomainGenerators.PersonCodes, 0, 2)
        select new ProceedingParticipants(judges, experts, workers);

    /// <summary>Proposed placements judged for a conflict of interest: carers, their relatives, the proceeding's participants.</summary>
    public static Gen<ProposedPlacement> ProposedPlacements { get; } =
        from carer in DomainGenerators.CarerCodes
        from relatives in DomainGenerators.ValueArraysOf(DomainGenerators.Relatives, 0, 3)
        from participants in ProceedingParticipantSets
        from provision in DomainValueGenerators.Dates
        from minor in DomainGenerators.OrNone(DomainGenerators.MinorCodes)
        select new ProposedPlacement(carer, relatives, participants, provision, minor);

    /// <summary>Entries of the carers' registry, with or without the data-processing consent.</summary>
    public static Gen<RegistryEntry> RegistryEntries { get; } =
        from carer in DomainGenerators.CarerCodes
        from consent in DomainGenerators.OrNull(DomainGenerators.DataProcessingConsents)
        select new RegistryEntry(carer, consent);

    /// <summary>Informal hostings of a minor.</summary>
    public static Gen<InformalHosting> InformalHostings { get; } =
        from minor in DomainGenerators.MinorCodes
        from host in DomainGenerators.PersonCodes
        from since in DomainValueGenerators.Dates
        from degree in DomainGenerators.OrNone(Gen.Choose(1, 6))
        from reported in DomainGenerators.OrNone(DomainValueGenerators.Dates)
        from ended in DomainGenerators.OrNone(DomainValueGenerators.Dates)
        select new InformalHosting(minor, host, since, degree, reported, ended);

    /// <summary>Orders placing a minor with the social service (art. 5-bis), every element optional.</summary>
    public static Gen<ServicePlacementOrder> ServicePlacementOrders { get; } =
        from issued in DomainValueGenerators.Dates
        from minor in DomainGenerators.OrNone(DomainGenerators.MinorCodes)
        from texts in DomainGenerators.OrNull(DomainValueGenerators.Texts).ArrayOf(6)
        from duration in DomainGenerators.OrNull(DomainValueGenerators.Periods)
        from interval in DomainGenerators.OrNull(DomainValueGenerators.Periods)
        from curator in DomainGenerators.Booleans
        from notified in DomainGenerators.OrNone(DomainValueGenerators.Dates)
        from named in DomainGenerators.OrNone(DomainValueGenerators.Dates)
        select new ServicePlacementOrder
        {
            IssuedOn = issued, Minor = minor, PlacedWith = texts[0], ServiceActs = texts[1], PlacedWithActs = texts[2], ParentActs = texts[3],
            CuratorActs = texts[4], ServiceTasks = texts[5], Duration = duration, ReportInterval = interval, CuratorAppointed = curator,
            NotifiedOn = notified, ResponsibleNamedOn = named,
        };

    /// <summary>Facts of an urgent removal (art. 403 c.c.), later steps present or not.</summary>
    public static Gen<UrgentRemovalFacts> UrgentRemovalFactSets { get; } =
        from placed in Instants
        from steps in DomainGenerators.OrNone(Gen.Choose(1, 200_000)).ArrayOf(5)
        from minor in DomainGenerators.OrNone(DomainGenerators.MinorCodes)
        select new UrgentRemovalFacts
        {
            PlacedInSafety = placed,
            OrderSentToProsecutor = steps[0] is { } a ? placed.Plus(Duration.FromSeconds(a)) : null,
            ValidationRequested = steps[1] is { } b ? placed.Plus(Duration.FromSeconds(b)) : null,
            ValidationDecreed = steps[2] is { } c ? placed.Plus(Duration.FromSeconds(c)) : null,
            HearingHeld = steps[3] is { } d ? placed.Plus(Duration.FromSeconds(d)) : null,
            CollegialDecreeIssued = steps[4] is { } e ? placed.Plus(Duration.FromSeconds(e)) : null,
            Minor = minor,
        };

    /// <summary>Statuses of a step of an urgent removal.</summary>
    public static Gen<UrgentRemovalStepStatus> UrgentRemovalStepStatuses { get; } =
        from step in DomainGenerators.EnumValues<UrgentRemovalStep>()
        from runsFrom in DomainGenerators.OrNone(Instants)
        from deadline in DomainGenerators.OrNone(Instants)
        from running in DomainGenerators.Booleans
        from happened in DomainGenerators.OrNone(Instants)
        from late in DomainGenerators.Booleans
        select new UrgentRemovalStepStatus(step, runsFrom, deadline, running, happened, late);

    /// <summary>Timelines of an urgent removal, as <see cref="UrgentRemovalTimeline.Compute"/> returns them.</summary>
    public static Gen<UrgentRemovalTimeline> UrgentRemovalTimelines { get; } =
        from facts in UrgentRemovalFactSets
        from hours in Gen.Choose(0, 24 * 60)
        select UrgentRemovalTimeline.Compute(facts, facts.PlacedInSafety.Plus(Duration.FromHours(hours)));

    /// <summary>Terms of a placement.</summary>
    public static Gen<PlacementTerm> PlacementTerms { get; } =
        from start in DomainValueGenerators.Dates
        from presumed in DomainGenerators.OrNone(Gen.Choose(1, 36).Select(start.PlusMonths))
        from extended in DomainGenerators.OrNone(Gen.Choose(1, 48).Select(start.PlusMonths))
        select new PlacementTerm(start, presumed, start.PlusMonths(24), extended);

    /// <summary>Periods of validity of a rule, open at either end or not.</summary>
    public static Gen<RuleValidity> RuleValidities { get; } =
        from first in DomainGenerators.OrNone(DomainValueGenerators.Dates)
        from until in DomainGenerators.OrNone(DomainValueGenerators.Dates)
        select new RuleValidity(first, until);

    /// <summary>Entries of a verification or court-report calendar.</summary>
    public static Gen<ScheduleEntry> ScheduleEntries { get; } =
        from due in DomainValueGenerators.Dates
        from status in DomainGenerators.EnumValues<ScheduleEntryStatus>()
        from held in DomainGenerators.OrNone(DomainValueGenerators.Dates)
        select new ScheduleEntry(due, status, status == ScheduleEntryStatus.Held ? held ?? due : null);
}
