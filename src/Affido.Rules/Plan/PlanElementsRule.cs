using Affido.Domain;

namespace Affido.Rules;

/// <summary>
/// <c>plan.element-missing</c>: one finding per missing element b-h of the individual plan (Reg. art. 8), the element
/// named in the message; element a, the duration, is reported as <c>duration.missing</c> (<see cref="DurationMissingRule"/>)
/// so the same gap is not reported twice. Element f is missing when either the social service's commitments or the
/// verification cadence is missing. A blank text counts as missing. Error.
/// </summary>
public sealed class PlanElementsRule : IPlacementRule
{
    private static readonly (char Letter, string Italian, string English, Func<PlacementPlan, bool> IsPresent)[] Elements =
    [
        ('b', "gli obiettivi dell'affido", "the goals of the placement", p => Present(p.Goals)),
        ('c', "le modalità e la frequenza dei rapporti", "how and how often the parties meet", p => Present(p.ContactArrangements)),
        ('d', "gli impegni della famiglia di origine", "the commitments of the family of origin", p => Present(p.FamilyOfOriginCommitments)),
        ('e', "gli impegni degli affidatari", "the commitments of the carers", p => Present(p.CarerCommitments)),
        ('f', "gli impegni del servizio sociale con la cadenza delle verifiche", "the commitments of the social service with the verification cadence", p => Present(p.SocialServiceCommitments) && p.VerificationCadence is not null),
        ('g', "gli impegni del servizio affidi", "the commitments of the foster-care service", p => Present(p.FosterCareServiceCommitments)),
        ('h', "l'atto di consenso o il riferimento al decreto", "the consent act or the reference to the decree", p => Present(p.ConsentOrDecreeReference)),
    ];

    /// <inheritdoc />
    public IReadOnlyList<string> Codes { get; } = [RuleCodes.PlanElementMissing];

    /// <inheritdoc />
    public RuleValidity Validity => RuleValidity.Always;

    /// <inheritdoc />
    public IEnumerable<Finding> Evaluate(PlacementContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var (letter, italian, english, isPresent) in Elements)
        {
            if (!isPresent(context.Plan))
            {
                yield return new Finding(
                    RuleCodes.PlanElementMissing,
                    Severity.Error,
                    new($"Nel progetto manca l'elemento {letter}): {italian}.", $"The plan lacks element {letter}): {english}."),
                    "Reg. art. 8");
            }
        }
    }

    private static bool Present(string? text) => !string.IsNullOrWhiteSpace(text);
}
