using Affido.Domain;
using Affido.TestSupport;
using FluentValidation;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using static Affido.TestSupport.HostileCall;

namespace Affido.Rules.Tests;

/// <summary>
/// The hostile-input suite of Affido.Rules (issue 12): every public entry point, given ARBITRARY input
/// (<see cref="HostileRulesGenerators"/>, <see cref="HostileDomainGenerators"/>), answers with failures naming the
/// member, or throws the documented <see cref="ArgumentException"/> naming the parameter, within the time bound.
/// </summary>
public sealed class HostileInputProperties
{
    private static readonly Gen<LocalDate> Dates = HostileDomainGenerators.Dates;

    private static Property Validates<T>(Gen<T> inputs, IValidator<T> validator)
        => Prop.ForAll(inputs.ToArbitrary(), input => Holds(Problem(validator.GetType().Name, () => validator.Validate(input), [], r => Unnamed(r.Errors, input is null))));

    private static Gen<(TA, TB, TC)> Zip<TA, TB, TC>(Gen<TA> a, Gen<TB> b, Gen<TC> c) => from x in a from y in b from z in c select (x, y, z);

    private static string? Sound(RuleEvaluation evaluation)
        => Unnamed(evaluation.ValidationFailures)
           ?? (evaluation.Findings.Any(f => f is null || !System.Text.RegularExpressions.Regex.IsMatch(f.Code, RuleCodes.Grammar)) ? "a finding without a code" : null);

    private static Property Evaluates<T>(Gen<T> facts, string parameter, Func<RuleEvaluator, T, LocalDate, RuleEvaluation> evaluate)
        => Prop.ForAll(Gen.Zip(facts, Dates).ToArbitrary(), input =>
            Holds(Problem("Evaluate", () => evaluate(RuleEvaluator.Default, input.Item1, input.Item2), [parameter], Sound)));

    [Property(Hostile = true)]
    public Property Case_facts_validator() => Validates(HostileRulesGenerators.CaseFactSets, new CaseFactsValidator());

    [Property(Hostile = true)]
    public Property Civil_proceeding_validator() => Validates(HostileRulesGenerators.CivilProceedings, new CivilProceedingValidator());

    [Property(Hostile = true)]
    public Property District_policy_validator_and_its_helpers() => Prop.ForAll(HostileRulesGenerators.DistrictPolicies.ToArbitrary(), policy => Holds(
        Problem("Validate", () => DistrictPolicyValidator.Instance.Validate(policy), [], r => Unnamed(r.Errors, policy is null)),
        Problem("Failures", () => DistrictPolicyValidator.Failures(policy), ["policy"]),
        Problem("EnsureValid", () => { DistrictPolicyValidator.EnsureValid(policy); return 0; }, ["policy"])));

    [Property(Hostile = true)]
    public Property Informal_hosting_validator() => Validates(HostileRulesGenerators.InformalHostings, new InformalHostingValidator());

    [Property(Hostile = true)]
    public Property Placement_facts_validator() => Validates(HostileRulesGenerators.PlacementFactSets, new PlacementFactsValidator());

    [Property(Hostile = true)]
    public Property Proposed_placement_validator() => Validates(HostileRulesGenerators.ProposedPlacements, new ProposedPlacementValidator());

    [Property(Hostile = true)]
    public Property Registry_entry_validator() => Validates(HostileRulesGenerators.RegistryEntries, new RegistryEntryValidator());

    [Property(Hostile = true)]
    public Property Service_placement_order_validator() => Validates(HostileRulesGenerators.ServicePlacementOrders, new ServicePlacementOrderValidator());

    [Property(Hostile = true)]
    public Property Urgent_removal_facts_validator() => Validates(HostileRulesGenerators.UrgentRemovalFactSets, new UrgentRemovalFactsValidator());

    [Property(Hostile = true)]
    public Property RuleEvaluator_built_with_any_policy() => Prop.ForAll(
        Zip(HostileRulesGenerators.DistrictPolicies, HostileRulesGenerators.PlacementFactSets, Dates).ToArbitrary(), input => Holds(
            Problem("new RuleEvaluator", () => new RuleEvaluator(input.Item1).Evaluate(input.Item2?.Placement!, input.Item2?.Plan!, input.Item3), ["policy", "placement", "plan"], Sound)));

    [Property(Hostile = true)]
    public Property RuleEvaluator_Evaluate_placement_and_plan() => Prop.ForAll(
        Zip(HostileDomainGenerators.Placements, HostileDomainGenerators.PlacementPlans, Dates).ToArbitrary(), input =>
            Holds(Problem("Evaluate", () => RuleEvaluator.Default.Evaluate(input.Item1, input.Item2, input.Item3), ["placement", "plan"], Sound)));

    [Property(Hostile = true)]
    public Property RuleEvaluator_Evaluate_case_facts() => Evaluates(HostileRulesGenerators.CaseFactSets, "caseFacts", (e, f, d) => e.Evaluate(f, d));

    [Property(Hostile = true)]
    public Property RuleEvaluator_Evaluate_civil_proceeding() => Evaluates(HostileRulesGenerators.CivilProceedings, "proceeding", (e, f, d) => e.Evaluate(f, d));

    [Property(Hostile = true)]
    public Property RuleEvaluator_Evaluate_informal_hosting() => Evaluates(HostileRulesGenerators.InformalHostings, "hosting", (e, f, d) => e.Evaluate(f, d));

    [Property(Hostile = true)]
    public Property RuleEvaluator_Evaluate_proposed_placement() => Evaluates(HostileRulesGenerators.ProposedPlacements, "proposal", (e, f, d) => e.Evaluate(f, d));

    [Property(Hostile = true)]
    public Property RuleEvaluator_Evaluate_registry_entry() => Evaluates(HostileRulesGenerators.RegistryEntries, "entry", (e, f, d) => e.Evaluate(f, d));

    [Property(Hostile = true)]
    public Property RuleEvaluator_Evaluate_service_placement_order() => Evaluates(HostileRulesGenerators.ServicePlacementOrders, "order", (e, f, d) => e.Evaluate(f, d));

    [Property(Hostile = true)]
    public Property RuleEvaluator_Evaluate_urgent_removal_on_a_date() => Evaluates(HostileRulesGenerators.UrgentRemovalFactSets, "removal", (e, f, d) => e.Evaluate(f, d));

    [Property(Hostile = true)]
    public Property RuleEvaluator_Evaluate_urgent_removal_at_an_instant() => Prop.ForAll(
        Gen.Zip(HostileRulesGenerators.UrgentRemovalFactSets, HostileRulesGenerators.Instants).ToArbitrary(), input =>
            Holds(Problem("Evaluate", () => RuleEvaluator.Default.Evaluate(input.Item1, input.Item2), ["removal"], Sound)));

    [Property(Hostile = true)]
    public Property ContributionCalculator_every_method() => Prop.ForAll(
        Zip(HostileRulesGenerators.DistrictPolicies, HostileRulesGenerators.ContributionRequests, HostileRulesGenerators.ExtraordinaryRequests).ToArbitrary(), input =>
        {
            var (policy, monthly, extraordinary) = input;
            ContributionCalculator? calculator = null;
            string? built = Problem("new ContributionCalculator", () => calculator = new ContributionCalculator(policy), ["policy"]);
            calculator ??= new ContributionCalculator(DistrictPolicy.Default);
            return Holds(
                built,
                Problem("Monthly", () => calculator.Monthly(monthly), ["request"], c => c.Amount < 0 ? $"a negative amount {c.Amount}" : null),
                Problem("Extraordinary", () => calculator.Extraordinary(extraordinary), ["request"], c => c.Amount < 0 ? $"a negative amount {c.Amount}" : null),
                Problem("MonthlyAmountFor", () => calculator.MonthlyAmountFor(monthly?.Placement!), ["placement"]),
                Problem("DueDate", () => calculator.DueDate(monthly?.Month ?? default), ["month"]),
                Problem("BasisOf", () => ContributionCalculator.BasisOf(monthly?.Placement!, monthly?.Hardship), ["placement", "hardship"]));
        });

    [Property(Hostile = true)]
    public Property VerificationSchedule_For_and_Calendar() => Prop.ForAll(
        Zip(HostileDomainGenerators.Placements, HostileDomainGenerators.PlacementPlans, Gen.Zip(Dates, Dates)).ToArbitrary(), input =>
        {
            var (placement, plan, (asOf, until)) = input;
            return Holds(
                Problem("For+Calendar", () => VerificationSchedule.For(placement, plan, asOf).Calendar(until), ["placement", "plan", "asOf", "until"]),
                Problem("IsTooLong", () => VerificationSchedule.IsTooLong(plan?.VerificationCadence!, asOf), ["cadence"]));
        });

    [Property(Hostile = true)]
    public Property CourtReportSchedule_For_and_Calendar() => Prop.ForAll(
        Zip(HostileDomainGenerators.Placements, Dates, Dates).ToArbitrary(), input =>
            Holds(Problem("For+Calendar", () => CourtReportSchedule.For(input.Item1, input.Item2).Calendar(input.Item3), ["placement", "asOf", "until"])));

    [Property(Hostile = true)]
    public Property PlacementTerm_Of() => Prop.ForAll(
        Gen.Zip(HostileDomainGenerators.Placements, HostileDomainGenerators.PlacementPlans).ToArbitrary(), input => Holds(
            Problem("Of", () => PlacementTerm.Of(input.Item1, input.Item2), ["placement", "plan"]),
            Problem("Counts", () => input.Item1?.Extensions.Select(PlacementTerm.Counts).ToList() ?? [], ["extension"])));

    [Property(Hostile = true)]
    public Property UrgentRemovalTimeline_Compute_and_the_terms() => Prop.ForAll(
        Zip(HostileRulesGenerators.UrgentRemovalFactSets, Gen.Zip(HostileRulesGenerators.Instants, Dates), HostileDomainGenerators.Enums<UrgentRemovalStep>()).ToArbitrary(), input =>
        {
            var (facts, (at, date), step) = input;
            return Holds(
                Problem("Compute", () => UrgentRemovalTimeline.Compute(facts, at), ["facts", "evaluatedAt"]),
                Problem("Deadline", () => UrgentRemovalTerms.Deadline(step, at), ["step", "from"]),
                Problem("LocalDateInRome", () => UrgentRemovalTerms.LocalDateInRome(at), ["instant"]),
                Problem("OffsetInRome", () => UrgentRemovalTerms.OffsetInRome(at), ["instant"]),
                Problem("EndOfDay", () => UrgentRemovalTerms.EndOfDay(date), ["date"]));
        });
}
