using Affido.Domain;
using FluentValidation.Results;

namespace Affido.Rules;

/// <summary>
/// The outcome of an evaluation: either the findings of every rule (possibly none), or, when the facts are not well
/// formed, the validation failures that prevented the evaluation.
/// </summary>
/// <remarks>
/// <para>Never both: an invalid input has no findings, because rules judged on inconsistent facts (a birth after the
/// start, a negative duration) would mislead. Each failure is a FluentValidation <see cref="ValidationFailure"/> with
/// the property path (<c>Placement.Start</c>, <c>Plan.VerificationCadence</c>, <c>asOf</c>), a stable
/// <see cref="ValidationFailure.ErrorCode"/>, the English message as <see cref="ValidationFailure.ErrorMessage"/> and
/// both languages through <see cref="ValidationFailureExtensions.MessageIn"/>; no message repeats the value given.</para>
/// <para>Findings are sorted by <see cref="FindingOrder"/>, so equal inputs give equal evaluations whatever the order of
/// their lists. Two evaluations are equal when their findings are equal and their failures have the same paths, codes
/// and messages, in order.</para>
/// </remarks>
/// <param name="Findings">The findings, in the deterministic order above; empty when the input is invalid.</param>
/// <param name="ValidationFailures">Why the input could not be evaluated; empty when valid.</param>
public sealed record RuleEvaluation(ValueArray<Finding> Findings, ValueArray<ValidationFailure> ValidationFailures)
{
    /// <summary>Whether the input was valid and the rules ran.</summary>
    public bool IsValid => ValidationFailures.IsEmpty;

    /// <summary>Whether the input was valid and no rule found anything.</summary>
    public bool IsClean => IsValid && Findings.IsEmpty;

    /// <summary>Whether any finding has severity <see cref="Severity.Error"/>.</summary>
    public bool HasErrors => Findings.Any(f => f.Severity == Severity.Error);

    /// <summary>The findings with the given code.</summary>
    /// <param name="code">A code such as <see cref="RuleCodes.DurationExpired"/>.</param>
    /// <returns>The findings, in order.</returns>
    public IEnumerable<Finding> WithCode(string code) => Findings.Where(f => string.Equals(f.Code, code, StringComparison.Ordinal));

    /// <summary>Equal findings, and failures with equal paths, codes and messages in the same order.</summary>
    /// <param name="other">The other evaluation.</param>
    /// <returns>Whether the two are equal.</returns>
    public bool Equals(RuleEvaluation? other)
        => other is not null
           && Findings.Equals(other.Findings)
           && ValidationFailures.Count == other.ValidationFailures.Count
           && ValidationFailures.Zip(other.ValidationFailures).All(p => Same(p.First, p.Second));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Findings, ValidationFailures.Count);

    private static bool Same(ValidationFailure x, ValidationFailure y)
        => string.Equals(x.PropertyName, y.PropertyName, StringComparison.Ordinal)
           && string.Equals(x.ErrorCode, y.ErrorCode, StringComparison.Ordinal)
           && string.Equals(x.ErrorMessage, y.ErrorMessage, StringComparison.Ordinal);
}
