using Affido.Domain;
using NodaTime;

namespace Affido.Rules;

/// <summary>
/// <c>informal-hosting.report-due</c> (Error): a person who is not a relative within the 4th degree and hosts a minor
/// stably for more than six months must report it to the public prosecutor at the juvenile court (L. 184/1983 art. 9 c. 4).
/// </summary>
/// <remarks>
/// The finding is produced from <see cref="InformalHosting.ReportDueFrom"/> (the day after six months) when no report was
/// made by the evaluation date (an earlier report counts). A hosting that ended on or before the day six months were
/// reached never owed the report; one that went past it owes it even after it ended. The rule has been in force since
/// the original text of 1983 (<see cref="RuleValidity.Always"/>).
/// </remarks>
public static class InformalHostingRule
{
    /// <summary>The finding code.</summary>
    public const string Code = "informal-hosting.report-due";

    /// <summary>The legal source.</summary>
    public const string Source = "L. 184/1983 art. 9 c. 4";

    /// <summary>The version's validity: always.</summary>
    public static RuleValidity Validity => RuleValidity.Always;

    /// <summary>The finding, if any, about <paramref name="hosting"/> on <paramref name="asOf"/>.</summary>
    /// <param name="hosting">The hosting.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <exception cref="ArgumentNullException"><paramref name="hosting"/> is <see langword="null"/>.</exception>
    public static IEnumerable<Finding> Evaluate(InformalHosting hosting, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(hosting);
        var dueFrom = hosting.ReportDueFrom;
        if (hosting.HostIsCloseRelative
            || asOf < dueFrom
            || (hosting.HostingEndedOn is { } ended && ended < dueFrom)
            || (hosting.ReportedOn is { } reported && reported <= asOf))
        {
            return [];
        }
        var message = new BilingualText(
            $"Chi non è parente entro il quarto grado ospita stabilmente il minore dal {hosting.HostingSince:dd/MM/uuuu}, da più di sei mesi (dal {dueFrom:dd/MM/uuuu}), senza averlo segnalato al procuratore della Repubblica presso il tribunale per i minorenni.",
            $"A person who is not a relative within the 4th degree has hosted the minor since {hosting.HostingSince:uuuu-MM-dd}, for more than six months (since {dueFrom:uuuu-MM-dd}), without reporting it to the public prosecutor at the juvenile court.");
        return [new Finding(Code, Severity.Error, message, Source, [new FindingDate(FindingDateRole.OverdueSince, dueFrom)], hosting.Minor)];
    }
}
