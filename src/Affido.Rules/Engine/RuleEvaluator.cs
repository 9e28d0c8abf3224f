using Affido.Domain;
using FluentValidation;
using FluentValidation.Results;
using NodaTime;

namespace Affido.Rules;

/// <summary>
/// The one way to run the legal rules: judges facts (a placement, a case, an urgent removal, an informal hosting, a
/// proposed placement, a proceeding, an order of placement with the social service, a registry entry) against a
/// <see cref="RuleCatalogue"/> on a date, with a district's policy, and returns a <see cref="RuleEvaluation"/>.
/// </summary>
/// <remarks>
/// <para>Every evaluation does the same four things, in order:</para>
/// <list type="number">
/// <item>validates the facts with their validator (<see cref="PlacementFactsValidator"/>, <see cref="CaseFactsValidator"/>,
/// <see cref="UrgentRemovalFactsValidator"/>, <see cref="InformalHostingValidator"/>, <see cref="ProposedPlacementValidator"/>,
/// <see cref="CivilProceedingValidator"/>, <see cref="ServicePlacementOrderValidator"/>, <see cref="RegistryEntryValidator"/>)
/// and the date itself (within <see cref="SupportedDates"/>, path <c>asOf</c> or <c>at</c>): invalid facts give the
/// validation failures and no findings, never an exception;</item>
/// <item>shows the rules the facts as they stood on the date: an act counts from the day it bears, so acts dated
/// later are removed (<see cref="PlacementFacts.AsOf"/> and the other facts' <c>AsOf</c>); they are not errors either,
/// so an audit can re-run any past date;</item>
/// <item>runs each rule about those facts whose <see cref="IRule{TFacts}.Validity"/> contains its
/// <see cref="IRule{TFacts}.ProvisionDate"/> (the version of the law in force);</item>
/// <item>sorts the findings by <see cref="FindingOrder"/>. A finding about a placement names its carers.</item>
/// </list>
/// <para>A case runs the placement rules on each of its placements and the rules that span them (siblings); a single
/// placement is evaluated as a case of one. Immutable and thread-safe: one instance serves any number of concurrent
/// evaluations. Null arguments throw <see cref="ArgumentNullException"/>; nothing else throws.</para>
/// </remarks>
public sealed class RuleEvaluator
{
    /// <summary>An evaluator of <see cref="RuleCatalogue.Default"/> with <paramref name="policy"/>.</summary>
    /// <param name="policy">The district's policy.</param>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="policy"/> fails <see cref="DistrictPolicyValidator"/> (the message lists every failure).</exception>
    public RuleEvaluator(DistrictPolicy policy)
        : this(policy, RuleCatalogue.Default)
    {
    }

    /// <summary>An evaluator of <paramref name="catalogue"/> with <paramref name="policy"/>.</summary>
    /// <param name="policy">The district's policy.</param>
    /// <param name="catalogue">The rules to run (e.g. <see cref="RuleCatalogue.Default"/> with rules of your own).</param>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> or <paramref name="catalogue"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="policy"/> fails <see cref="DistrictPolicyValidator"/> (the message lists every failure).</exception>
    public RuleEvaluator(DistrictPolicy policy, RuleCatalogue catalogue)
    {
        DistrictPolicyValidator.EnsureValid(policy);
        ArgumentNullException.ThrowIfNull(catalogue);
        Policy = policy;
        Catalogue = catalogue;
    }

    /// <summary>The whole catalogue with <see cref="DistrictPolicy.Default"/>.</summary>
    public static RuleEvaluator Default { get; } = new(DistrictPolicy.Default);

    /// <summary>The district's policy the rules run with.</summary>
    public DistrictPolicy Policy { get; }

    /// <summary>The rules run.</summary>
    public RuleCatalogue Catalogue { get; }

    /// <summary>Every finding about <paramref name="placement"/> and <paramref name="plan"/> as they stood on <paramref name="asOf"/> (a case of one placement).</summary>
    /// <param name="placement">The placement.</param>
    /// <param name="plan">Its individual plan.</param>
    /// <param name="asOf">The date of the evaluation ("today", or a past date for an audit).</param>
    /// <returns>The findings in a deterministic order, or the validation failures (paths <c>Placement.*</c>, <c>Plan.*</c>, <c>asOf</c>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="placement"/> or <paramref name="plan"/> is null.</exception>
    public RuleEvaluation Evaluate(Placement placement, PlacementPlan plan, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(placement);
        ArgumentNullException.ThrowIfNull(plan);
        return Run(new PlacementFacts(placement, plan), PlacementFactsValidator.Instance, asOf, (facts, context, findings) =>
        {
            var current = facts.AsOf(context.AsOf);
            Apply(current, context, findings, current.Placement.Carer);
            Apply(CaseFacts.Of(current), context, findings);
        });
    }

    /// <summary>Every finding about the placements of <paramref name="caseFacts"/> as they stood on <paramref name="asOf"/>: each placement's, and those that span them (<c>siblings.separated</c> from the sibling groups).</summary>
    /// <param name="caseFacts">The placements of the case with their plans.</param>
    /// <param name="asOf">The date of the evaluation.</param>
    /// <returns>The findings, or the validation failures (paths <c>Placements[i].Placement.*</c>, <c>asOf</c>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="caseFacts"/> is null.</exception>
    public RuleEvaluation Evaluate(CaseFacts caseFacts, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(caseFacts);
        return Run(caseFacts, CaseFactsValidator.Instance, asOf, (facts, context, findings) =>
        {
            var current = facts.AsOf(context.AsOf);
            foreach (var placement in current.Placements)
            {
                Apply(placement, context, findings, placement.Placement.Carer);
            }
            Apply(current, context, findings);
        });
    }

    /// <summary>The overdue steps of an urgent removal as it stood at <paramref name="at"/> (art. 403 c.c.: hours are elapsed hours).</summary>
    /// <param name="removal">What happened.</param>
    /// <param name="at">The instant of the evaluation.</param>
    /// <returns>The findings, or the validation failures (paths of the steps' members, <c>at</c>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="removal"/> is null.</exception>
    public RuleEvaluation Evaluate(UrgentRemovalFacts removal, Instant at)
    {
        ArgumentNullException.ThrowIfNull(removal);
        if (!UrgentRemovalFactsValidator.InSupportedDates(at))
        {
            return Invalid(removal, UrgentRemovalFactsValidator.Instance, SupportedDateValidatorExtensions.DateOutOfRange(nameof(at)));
        }
        var context = new RuleContext(UrgentRemovalTerms.LocalDateInRome(at), at, Policy);
        return Run(removal, UrgentRemovalFactsValidator.Instance, context, (facts, c, findings) => Apply(facts.AsOf(c.EvaluatedAt), c, findings));
    }

    /// <summary>The overdue steps of an urgent removal as it stood at the end of <paramref name="asOf"/> in Europe/Rome.</summary>
    /// <param name="removal">What happened.</param>
    /// <param name="asOf">The date of the evaluation.</param>
    /// <returns>The findings, or the validation failures.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="removal"/> is null.</exception>
    public RuleEvaluation Evaluate(UrgentRemovalFacts removal, LocalDate asOf)
        => Run(removal, nameof(removal), UrgentRemovalFactsValidator.Instance, asOf, static (facts, c) => facts.AsOf(c.EvaluatedAt));

    /// <summary>Whether an informal hosting owed a report to the prosecutor on <paramref name="asOf"/> (L. 184/1983 art. 9 c. 4).</summary>
    /// <param name="hosting">The hosting.</param>
    /// <param name="asOf">The date of the evaluation.</param>
    /// <returns>The findings, or the validation failures.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="hosting"/> is null.</exception>
    public RuleEvaluation Evaluate(InformalHosting hosting, LocalDate asOf)
        => Run(hosting, nameof(hosting), InformalHostingValidator.Instance, asOf, static (facts, c) => facts.AsOf(c.AsOf));

    /// <summary>Whether placing a minor with the proposed carers conflicts with the proceeding's participants (L. 184/1983 art. 2 c. 1.1).</summary>
    /// <param name="proposal">The carers' code and relatives, the participants, the date of the provision.</param>
    /// <param name="asOf">The date of the evaluation (the provision may be dated later: its date picks the law).</param>
    /// <returns>The findings, or the validation failures.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="proposal"/> is null.</exception>
    public RuleEvaluation Evaluate(ProposedPlacement proposal, LocalDate asOf)
        => Run(proposal, nameof(proposal), ProposedPlacementValidator.Instance, asOf, static (facts, _) => facts);

    /// <summary>Whether the carers were convened in a civil proceeding on the fostered minor (L. 184/1983 art. 5 c. 1).</summary>
    /// <param name="proceeding">The proceeding.</param>
    /// <param name="asOf">The date of the evaluation: an act of the proceeding dated later has not happened yet.</param>
    /// <returns>The findings, or the validation failures.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="proceeding"/> is null.</exception>
    public RuleEvaluation Evaluate(CivilProceeding proceeding, LocalDate asOf)
        => Run(proceeding, nameof(proceeding), CivilProceedingValidator.Instance, asOf, static (facts, _) => facts);

    /// <summary>What an order of placement with the social service lacks on <paramref name="asOf"/> (L. 184/1983 art. 5-bis).</summary>
    /// <param name="order">The order.</param>
    /// <param name="asOf">The date of the evaluation.</param>
    /// <returns>The findings, or the validation failures.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="order"/> is null.</exception>
    public RuleEvaluation Evaluate(ServicePlacementOrder order, LocalDate asOf)
        => Run(order, nameof(order), ServicePlacementOrderValidator.Instance, asOf, static (facts, c) => facts.AsOf(c.AsOf));

    /// <summary>Whether a carer of the registry may be processed on <paramref name="asOf"/> (informed consent, Reg. art. 13).</summary>
    /// <param name="entry">The carer's code and consent.</param>
    /// <param name="asOf">The date of the evaluation.</param>
    /// <returns>The findings, or the validation failures.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entry"/> is null.</exception>
    public RuleEvaluation Evaluate(RegistryEntry entry, LocalDate asOf)
        => Run(entry, nameof(entry), RegistryEntryValidator.Instance, asOf, static (facts, c) => facts.AsOf(c.AsOf));

    /// <summary>Facts of one kind judged on a date: validated, shown as they stood on it (<paramref name="asOf"/>'s view), judged by their rules.</summary>
    private RuleEvaluation Run<TFacts>(TFacts facts, string parameter, IValidator<TFacts> validator, LocalDate asOf, Func<TFacts, RuleContext, TFacts> view)
    {
        ArgumentNullException.ThrowIfNull(facts, parameter);
        return Run(facts, validator, asOf, (f, c, findings) => Apply(view(f, c), c, findings));
    }

    private RuleEvaluation Run<TFacts>(TFacts facts, IValidator<TFacts> validator, LocalDate asOf, Action<TFacts, RuleContext, List<Finding>> evaluate)
    {
        if (!SupportedDates.Contains(asOf))
        {
            return Invalid(facts, validator, SupportedDateValidatorExtensions.DateOutOfRange(nameof(asOf)));
        }
        return Run(facts, validator, new RuleContext(asOf, UrgentRemovalTerms.EndOfDay(asOf), Policy), evaluate);
    }

    private static RuleEvaluation Run<TFacts>(TFacts facts, IValidator<TFacts> validator, RuleContext context, Action<TFacts, RuleContext, List<Finding>> evaluate)
    {
        var invalid = Invalid(facts, validator, null);
        if (!invalid.IsValid)
        {
            return invalid;
        }
        var findings = new List<Finding>();
        evaluate(facts, context, findings);
        findings.Sort(FindingOrder.Instance);
        return new RuleEvaluation(findings.ToValueArray(), []);
    }

    /// <summary>The failures of the facts, after <paramref name="first"/> if any; each (path, code) once.</summary>
    private static RuleEvaluation Invalid<TFacts>(TFacts facts, IValidator<TFacts> validator, ValidationFailure? first)
    {
        var failures = validator.Validate(facts).Errors.Prepend(first).OfType<ValidationFailure>()
            .DistinctBy(f => (f.PropertyName, f.ErrorCode))
            .ToValueArray();
        return new RuleEvaluation([], failures);
    }

    private void Apply<TFacts>(TFacts facts, RuleContext context, List<Finding> findings, CarerCode? carer = null)
    {
        foreach (var rule in Catalogue.RulesFor<TFacts>())
        {
            if (!rule.Validity.AppliesTo(rule.ProvisionDate(facts, context)))
            {
                continue;
            }
            foreach (var finding in rule.Evaluate(facts, context))
            {
                findings.Add(carer is { } c && finding.Carer is null ? finding with { Carer = c } : finding);
            }
        }
    }
}
