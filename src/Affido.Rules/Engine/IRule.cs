using NodaTime;

namespace Affido.Rules;

/// <summary>
/// One legal rule: the kinds of finding it can produce, the dates between which its text applies, and how it judges
/// the facts it needs (<typeparamref name="TFacts"/>: a placement, a case, an urgent removal, a proceeding...).
/// </summary>
/// <remarks>
/// <para>Rules are registered in a <see cref="RuleCatalogue"/> and run only by <see cref="RuleEvaluator"/>, which
/// validates the facts first, shows the rule the facts as they stood on the evaluation date (acts dated later are
/// removed), and runs a rule only when its <see cref="Validity"/> contains its <see cref="ProvisionDate"/>: a rule whose
/// text changed has one registered version per text.</para>
/// <para>Implementations are stateless and thread-safe, and never throw for valid facts.</para>
/// </remarks>
/// <typeparam name="TFacts">The facts the rule judges.</typeparam>
public interface IRule<in TFacts>
{
    /// <summary>The kinds of finding this rule can produce (code, severity, source), declared once.</summary>
    IReadOnlyList<FindingKind> Kinds { get; }

    /// <summary>The dates between which this version of the rule applies.</summary>
    RuleValidity Validity { get; }

    /// <summary>The date of the provision that decides which version applies (e.g. the start of the placement).</summary>
    /// <param name="facts">The facts as they stood on <see cref="RuleContext.AsOf"/>.</param>
    /// <param name="context">The date of the evaluation and the district's policy.</param>
    /// <returns>The date compared with <see cref="Validity"/>.</returns>
    LocalDate ProvisionDate(TFacts facts, RuleContext context);

    /// <summary>The findings of this rule (none when the facts are in order).</summary>
    /// <param name="facts">The facts as they stood on <see cref="RuleContext.AsOf"/>, already validated.</param>
    /// <param name="context">The date of the evaluation and the district's policy.</param>
    /// <returns>The findings, in any order (the evaluator sorts them).</returns>
    IEnumerable<Finding> Evaluate(TFacts facts, RuleContext context);
}
