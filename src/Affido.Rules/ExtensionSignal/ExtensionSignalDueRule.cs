using Affido.Domain;
using NodaTime;

namespace Affido.Rules;

/// <summary>
/// <c>duration.extension-signal-due</c>, the version in force since 28 February 2023 (L. 184/1983 art. 4 c. 4 as
/// replaced by D.Lgs. 149/2022 art. 28): the juvenile court extends a placement only on the public prosecutor's request,
/// so within the policy's notice window before the planned end the social service must have signalled to the
/// prosecutor that an extension may be needed. Warning.
/// </summary>
/// <remarks>
/// <para>
/// The planned end is the one <c>duration.expiring</c> uses (<see cref="PlacementTerm.PlannedEnd"/>: the presumed end,
/// or the end granted by a counting extension). A signal counts for the current term when sent on or after the term
/// began (the placement's start, or the decree of the extension that set the planned end) and by the evaluation date;
/// a signal sent before the window opens counts too.
/// </para>
/// <para>
/// The finding is produced on the days from the start of the window (planned end minus
/// <see cref="DistrictPolicy.ExpiryNoticeWindow"/>) to the planned end, both included, while the placement is active.
/// Without a presumed duration or extension there is no planned end (<c>duration.missing</c> reports it); after the
/// end, <c>duration.expired</c> does.
/// </para>
/// <para>
/// Versions: this one applies to placements whose provision (the start) is dated from 28 February 2023
/// (<see cref="RuleValidity.SinceCartabia"/>); <see cref="ExtensionSignalNotRequiredRule"/> is the version before.
/// </para>
/// </remarks>
public sealed class ExtensionSignalDueRule : IPlacementRule
{
    /// <summary>The finding code.</summary>
    public const string Code = "duration.extension-signal-due";

    /// <summary>The legal source.</summary>
    public const string Source = "L. 184/1983 art. 4 c. 4 (D.Lgs. 149/2022)";

    /// <summary>The single instance (the rule is stateless).</summary>
    public static ExtensionSignalDueRule Instance { get; } = new();

    /// <inheritdoc />
    public IReadOnlyList<string> Codes { get; } = [Code];

    /// <inheritdoc />
    public RuleValidity Validity => RuleValidity.SinceCartabia;

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is <see langword="null"/>.</exception>
    public IEnumerable<Finding> Evaluate(PlacementContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var placement = context.Placement;
        var asOf = context.AsOf;
        if (!placement.IsActiveOn(asOf) || PlannedTerm.Of(placement, context.Plan) is not { } term)
        {
            return [];
        }
        var windowStart = DateLengths.NoticeFrom(term.End, context.Policy);
        if (asOf < windowStart || asOf > term.End)
        {
            return [];
        }
        foreach (var signal in placement.ExtensionSignals)
        {
            if (signal.SentOn >= term.Begin && signal.SentOn <= asOf)
            {
                return [];
            }
        }
        var message = new BilingualText(
            $"L'affidamento termina il {term.End:dd/MM/uuuu} e il servizio sociale non ha segnalato al pubblico ministero presso il tribunale per i minorenni l'eventuale necessità di proroga (atteso dal {windowStart:dd/MM/uuuu}): la proroga è disposta solo su sua richiesta.",
            $"The placement ends on {term.End:uuuu-MM-dd} and the social service has not signalled to the public prosecutor at the juvenile court that an extension may be needed (expected from {windowStart:uuuu-MM-dd}): the court extends only on the prosecutor's request.");
        return
        [
            new Finding(Code, Severity.Warning, message, Source,
                [new FindingDate(FindingDateRole.Due, windowStart), new FindingDate(FindingDateRole.PlannedEnd, term.End), new FindingDate(FindingDateRole.Provision, placement.Start)]),
        ];
    }

}

/// <summary>
/// The version of <c>duration.extension-signal-due</c> before 28 February 2023: the text of L. 184/1983 art. 4 c. 4 then
/// in force let the juvenile court extend a placement for harm to the minor (pregiudizio) without the public
/// prosecutor's request, so no signal to the prosecutor was due: this version never produces a finding.
/// </summary>
/// <remarks>It exists so that the choice of version is explicit: it applies to provisions dated until 27 February 2023 (<see cref="RuleValidity.BeforeCartabia"/>).</remarks>
public sealed class ExtensionSignalNotRequiredRule : IPlacementRule
{
    /// <summary>The single instance (the rule is stateless).</summary>
    public static ExtensionSignalNotRequiredRule Instance { get; } = new();

    /// <inheritdoc />
    public IReadOnlyList<string> Codes { get; } = [ExtensionSignalDueRule.Code];

    /// <inheritdoc />
    public RuleValidity Validity => RuleValidity.BeforeCartabia;

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is <see langword="null"/>.</exception>
    public IEnumerable<Finding> Evaluate(PlacementContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return [];
    }
}

/// <summary>The current term of a placement: from its start (or the decree of the counting extension that set the planned end) to its planned end (<see cref="PlacementTerm.PlannedEnd"/>).</summary>
/// <param name="Begin">When the current term began.</param>
/// <param name="End">The planned end.</param>
internal sealed record PlannedTerm(LocalDate Begin, LocalDate End)
{
    /// <summary>The current term, or <see langword="null"/> when there is neither extension nor presumed duration.</summary>
    public static PlannedTerm? Of(Placement placement, PlacementPlan plan)
    {
        if (PlacementTerm.Of(placement, plan).PlannedEnd is not { } end)
        {
            return null;
        }
        var begin = placement.Start;
        foreach (var extension in placement.Extensions)
        {
            if (extension.Until == end && PlacementTerm.Counts(extension) && extension.DecreedOn > begin)
            {
                begin = extension.DecreedOn;
            }
        }
        return new PlannedTerm(begin, end);
    }
}
