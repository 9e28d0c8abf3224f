using Affido.Domain;
using NodaTime;

namespace Affido.Rules;

/// <summary>
/// <c>duration.exceeds-maximum</c> (Error, L. 184/1983 art. 4 c. 4): a presumed duration beyond 24 months needs an
/// extension by the tribunale per i minorenni that covers the presumed end. Two versions, one per text of the law:
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><see cref="BeforeCartabia"/> (L. 149/2001, until 27 February 2023): any extension by the court, granted when
/// suspending the placement would harm the minor ("pregiudizio"), no request of the prosecutor needed;</item>
/// <item><see cref="SinceCartabia"/> (D.Lgs. 149/2022, since 28 February 2023): only an extension granted on the public
/// prosecutor's request for serious harm ("grave pregiudizio").</item>
/// </list>
/// The provision that picks the version is the latest extension decreed by the evaluation date, or the start when
/// there is none. An extension clears the finding only when it reaches the presumed end (its <see cref="Extension.Until"/>
/// on or after it): one that stops short leaves the months after it without a decree.
/// </remarks>
internal sealed class DurationMaximumRule : PlacementRule
{
    private readonly Func<Extension, bool> counts;
    private readonly string messageKey;

    private DurationMaximumRule(RuleValidity validity, Func<Extension, bool> counts, string messageKey)
        : base(validity, ExceedsMaximum)
    {
        this.counts = counts;
        this.messageKey = messageKey;
    }

    public static FindingKind ExceedsMaximum { get; } = new(RuleCodes.DurationExceedsMaximum, Severity.Error, LegalSources.Duration);

    /// <summary>The text in force until 27 February 2023.</summary>
    public static DurationMaximumRule BeforeCartabia { get; } =
        new(RuleValidity.BeforeCartabia, PlacementTerm.CountsBeforeCartabia, RuleMessages.Variant(RuleCodes.DurationExceedsMaximum, "before-cartabia"));

    /// <summary>The text in force since 28 February 2023.</summary>
    public static DurationMaximumRule SinceCartabia { get; } =
        new(RuleValidity.SinceCartabia, PlacementTerm.CountsSinceCartabia, RuleCodes.DurationExceedsMaximum);

    public override LocalDate ProvisionDate(PlacementFacts facts, RuleContext context)
    {
        var extensions = facts.Placement.Extensions;
        return extensions.IsEmpty ? facts.Placement.Start : extensions.Max(e => e.DecreedOn);
    }

    public override IEnumerable<Finding> Evaluate(PlacementFacts facts, RuleContext context)
    {
        var term = PlacementTerm.Of(facts.Placement, facts.Plan);
        if (!term.ExceedsMaximum || term.PresumedEnd is not { } end || facts.Placement.Extensions.Any(e => counts(e) && e.Until >= end))
        {
            return [];
        }
        var message = RuleMessages.Render(
            messageKey,
            MessageArgument.Period("duration", facts.Plan.PresumedDuration!),
            MessageArgument.Date("end", end),
            MessageArgument.Date("maximum", term.Maximum));
        return [ExceedsMaximum.Create(message, [new(FindingDateRole.Maximum, term.Maximum), new(FindingDateRole.PlannedEnd, end), new(FindingDateRole.Provision, ProvisionDate(facts, context))])];
    }
}
