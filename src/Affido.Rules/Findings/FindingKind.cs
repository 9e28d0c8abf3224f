using Affido.Domain;

namespace Affido.Rules;

/// <summary>
/// What a rule can find, declared once: the stable code, its severity and its legal source. A rule lists its kinds in
/// <see cref="IRule{TFacts}.Kinds"/>; the catalogue, the README's table and the message files are checked against them.
/// </summary>
/// <param name="Code">The stable code, in the grammar <c>area[.subject].state</c> (see <see cref="RuleCodes"/>).</param>
/// <param name="Severity">The severity of its findings (a rule may lower it where the district's policy says so, as <c>consent.minor.missing</c> in judicial placements).</param>
/// <param name="Source">Where it comes from (a value of <see cref="LegalSources"/>).</param>
public sealed record FindingKind(string Code, Severity Severity, LegalSource Source)
{
    /// <summary>A finding of this kind.</summary>
    /// <param name="message">The message, rendered from the rules' message catalogue.</param>
    /// <param name="dates">The dates involved.</param>
    /// <param name="minor">The minor concerned, if one.</param>
    /// <param name="carer">The carers concerned, if named by the facts (placement findings get their placement's carers from the evaluator).</param>
    /// <param name="severity">A severity other than <see cref="Severity"/>, where the policy sets it.</param>
    /// <returns>The finding.</returns>
    internal Finding Create(BilingualText message, ValueArray<FindingDate> dates = default, MinorCode? minor = null, CarerCode? carer = null, Severity? severity = null)
        => new()
        {
            Code = Code,
            Severity = severity ?? Severity,
            Message = message,
            Source = Source,
            Dates = dates,
            Minor = minor,
            Carer = carer,
        };
}
