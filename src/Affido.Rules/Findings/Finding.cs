using Affido.Domain;

namespace Affido.Rules;

/// <summary>
/// One decision of the rule catalogue: a stable code, a severity, a message in Italian and English, the legal source,
/// the dates involved and, when it concerns one of them, the minor and the carers.
/// </summary>
/// <remarks>
/// Codes (e.g. <c>consent.minor.missing</c>) are stable: integrators store and translate them; the library's codes are
/// listed in <see cref="RuleCodes"/> and <see cref="RuleCatalogue.Codes"/>. A legal problem is a finding, never an
/// exception. Built by the rules (<see cref="IRule{TFacts}"/>) with an object initializer; messages carry codes and
/// dates only, never special-category data.
/// </remarks>
public sealed record Finding
{
    /// <summary>The stable code (see <see cref="RuleCodes"/>).</summary>
    public required string Code { get; init; }

    /// <summary>How serious it is.</summary>
    public required Severity Severity { get; init; }

    /// <summary>What it means, in Italian and English, written the same whatever the server's culture.</summary>
    public required BilingualText Message { get; init; }

    /// <summary>The legal source (a value of <see cref="LegalSources"/>).</summary>
    public required LegalSource Source { get; init; }

    /// <summary>The dates involved (due date, overdue since, planned end...), in the order the rule gives them.</summary>
    public ValueArray<FindingDate> Dates { get; init; }

    /// <summary>The minor the finding is about, when it concerns one minor.</summary>
    public MinorCode? Minor { get; init; }

    /// <summary>The carers the finding is about: those of the placement judged, or the carers named by the facts.</summary>
    public CarerCode? Carer { get; init; }

    /// <summary>"Error consent.minor.missing (Reg. art. 3; Reg. art. 4): message" style, with the English message.</summary>
    public override string ToString() => $"{Severity} {Code} ({Source}): {Message.English}";
}
