using Affido.Domain;

namespace Affido.Rules;

/// <summary>
/// The outcome of evaluating a placement: either the findings of every rule (possibly none), or, when the input is not
/// a well-formed placement, the validation errors that prevented the evaluation.
/// </summary>
/// <remarks>
/// Never both: an invalid input has no findings, because rules judged on inconsistent facts (a birth after the start,
/// a negative duration) would mislead. Findings are sorted by <see cref="FindingOrder"/> (code, minor, dates, source,
/// English message), so equal inputs give equal evaluations whatever the order of the placement's lists.
/// </remarks>
/// <param name="Findings">The findings, in the deterministic order above; empty when the input is invalid.</param>
/// <param name="ValidationErrors">Why the input could not be evaluated ("Property: message"); empty when valid.</param>
public sealed record RuleEvaluation(ValueArray<Finding> Findings, ValueArray<string> ValidationErrors)
{
    /// <summary>Whether the input was valid and the rules ran.</summary>
    public bool IsValid => ValidationErrors.IsEmpty;

    /// <summary>Whether the input was valid and no rule found anything.</summary>
    public bool IsClean => IsValid && Findings.IsEmpty;

    /// <summary>Whether any finding has severity <see cref="Severity.Error"/>.</summary>
    public bool HasErrors => Findings.Any(f => f.Severity == Severity.Error);

    /// <summary>The findings with the given code.</summary>
    /// <param name="code">A code such as <see cref="RuleCodes.DurationExpired"/>.</param>
    public IEnumerable<Finding> WithCode(string code) => Findings.Where(f => string.Equals(f.Code, code, StringComparison.Ordinal));
}
