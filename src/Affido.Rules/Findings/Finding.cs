using Affido.Domain;

namespace Affido.Rules;

/// <summary>
/// One decision of the rule catalogue about a placement: a stable code, a severity, a message in Italian and English,
/// the legal source, and the dates involved.
/// </summary>
/// <remarks>
/// Codes (e.g. <c>consent.minor.missing</c>) are stable: integrators store and translate them. A legal problem is a
/// finding, never an exception.
/// </remarks>
/// <param name="Code">The stable code, lower case with dots and hyphens.</param>
/// <param name="Severity">How serious it is.</param>
/// <param name="Message">What it means, in Italian and English.</param>
/// <param name="Source">The legal source, e.g. "L. 184/1983 art. 4 c. 4" or "Reg. art. 8 f".</param>
/// <param name="Dates">The dates involved (due date, overdue since, planned end...).</param>
/// <param name="Minor">The minor the finding is about, when it concerns one minor of the placement.</param>
public sealed record Finding(
    string Code,
    Severity Severity,
    BilingualText Message,
    string Source,
    ValueArray<FindingDate> Dates = default,
    MinorCode? Minor = null)
{
    /// <summary>"Error consent.minor.missing (Reg. art. 3, art. 4): message" style.</summary>
    public override string ToString() => $"{Severity} {Code} ({Source}): {Message.English}";
}
