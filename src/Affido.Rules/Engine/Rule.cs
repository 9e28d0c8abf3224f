using NodaTime;

namespace Affido.Rules;

/// <summary>What every rule of the library shares: its kinds and its validity, given once to the constructor.</summary>
/// <typeparam name="TFacts">The facts the rule judges.</typeparam>
internal abstract class Rule<TFacts> : IRule<TFacts>
{
    /// <summary>A rule producing <paramref name="kinds"/>, in force during <paramref name="validity"/>.</summary>
    protected Rule(RuleValidity validity, params FindingKind[] kinds)
    {
        Validity = validity;
        Kinds = kinds;
    }

    /// <inheritdoc />
    public IReadOnlyList<FindingKind> Kinds { get; }

    /// <inheritdoc />
    public RuleValidity Validity { get; }

    /// <inheritdoc />
    public abstract LocalDate ProvisionDate(TFacts facts, RuleContext context);

    /// <inheritdoc />
    public abstract IEnumerable<Finding> Evaluate(TFacts facts, RuleContext context);
}
