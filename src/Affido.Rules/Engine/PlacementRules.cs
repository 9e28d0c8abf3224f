using Affido.Domain;
using NodaTime;

namespace Affido.Rules;

/// <summary>
/// Evaluates a placement and its plan against the rule catalogue on a date, with a district's policy: every finding at
/// once, or the validation errors that prevent the evaluation.
/// </summary>
/// <remarks>
/// <para>For each code, the version of the rule whose <see cref="IPlacementRule.Validity"/> contains its
/// <see cref="IPlacementRule.ProvisionDate"/> is run (e.g. <c>duration.exceeds-maximum</c> judges an extension decreed
/// before 28 February 2023 by the earlier text of L. 184/1983 art. 4 c. 4).</para>
/// <para>The input is validated first (<see cref="PlacementInputValidator"/>); an invalid input gives a
/// <see cref="RuleEvaluation"/> with validation errors and no findings, never an exception.</para>
/// <para>Immutable and thread-safe: one instance serves any number of concurrent evaluations.</para>
/// </remarks>
public sealed class PlacementRules
{
    private readonly IReadOnlyList<IPlacementRule> rules;

    /// <summary>An evaluator of the whole <see cref="RuleCatalogue"/> with <paramref name="policy"/>.</summary>
    /// <param name="policy">The district's policy (validate it with <see cref="DistrictPolicyValidator"/>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="policy"/> fails <see cref="DistrictPolicyValidator"/>.</exception>
    public PlacementRules(DistrictPolicy policy)
        : this(policy, RuleCatalogue.All)
    {
    }

    /// <summary>An evaluator of the given rules with <paramref name="policy"/>.</summary>
    /// <param name="policy">The district's policy.</param>
    /// <param name="rules">The rules to run (e.g. a subset of <see cref="RuleCatalogue.All"/>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> or <paramref name="rules"/> is null, or a rule is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="policy"/> fails <see cref="DistrictPolicyValidator"/> (the message lists every failure).</exception>
    public PlacementRules(DistrictPolicy policy, IEnumerable<IPlacementRule> rules)
    {
        DistrictPolicyValidator.EnsureValid(policy);
        ArgumentNullException.ThrowIfNull(rules);
        Policy = policy;
        this.rules = [.. rules];
        foreach (var rule in this.rules)
        {
            ArgumentNullException.ThrowIfNull(rule, nameof(rules));
        }
    }

    /// <summary>The whole catalogue with <see cref="DistrictPolicy.Default"/>.</summary>
    public static PlacementRules Default { get; } = new(DistrictPolicy.Default);

    /// <summary>The district's policy the rules run with.</summary>
    public DistrictPolicy Policy { get; }

    /// <summary>The rules run, every version included.</summary>
    public IReadOnlyList<IPlacementRule> Rules => rules;

    /// <summary>Every finding about <paramref name="placement"/> and <paramref name="plan"/> on <paramref name="asOf"/>.</summary>
    /// <param name="placement">The placement.</param>
    /// <param name="plan">Its individual plan.</param>
    /// <param name="asOf">The date of the evaluation ("today" for the caller).</param>
    /// <returns>The findings in a deterministic order, or the validation errors when the input is not well formed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="placement"/> or <paramref name="plan"/> is null.</exception>
    public RuleEvaluation Evaluate(Placement placement, PlacementPlan plan, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(placement);
        ArgumentNullException.ThrowIfNull(plan);
        var context = new PlacementContext(placement, plan, asOf, Policy);
        var errors = PlacementInputValidator.ErrorsOf(context);
        if (errors.Count > 0)
        {
            return new RuleEvaluation([], errors);
        }

        var findings = new List<Finding>();
        foreach (var rule in rules)
        {
            if (rule.Validity.AppliesTo(rule.ProvisionDate(context)))
            {
                findings.AddRange(rule.Evaluate(context));
            }
        }
        findings.Sort(FindingOrder.Instance);
        return new RuleEvaluation(findings.ToValueArray(), []);
    }
}
