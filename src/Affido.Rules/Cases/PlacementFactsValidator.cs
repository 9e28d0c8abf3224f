using Affido.Domain;
using FluentValidation;
using FluentValidation.Results;

namespace Affido.Rules;

/// <summary>
/// The checks a placement and its plan pass before the rules judge them: the facts must be consistent, otherwise the
/// findings would mislead (a birth after the start, a negative duration, an end before the start), and every date the
/// rules compute with must lie in <see cref="SupportedDates"/>.
/// </summary>
/// <remarks>
/// Runs Affido.Domain's <see cref="PlacementValidator"/> and <see cref="PlacementPlanValidator"/> (property paths
/// prefixed "Placement." and "Plan.") and the checks the rules rely on: every date of the placement and of the plan's
/// signatures in <see cref="SupportedDates"/> (<c>date.out-of-range</c>), the start plus the presumed duration too
/// (<c>period.out-of-range</c>), the presumed duration moving the start forward
/// (<c>rules.duration-not-positive-from-start</c>), and no extension ending
/// before the start (<c>rules.extension-before-start</c>). Messages come from the catalogues (the failure's path names
/// the member; the message never repeats the value given). Never throws on null or missing members.
/// </remarks>
public sealed class PlacementFactsValidator : AffidoValidator<PlacementFacts>
{
    /// <summary>Error code: an extension ends before the placement starts.</summary>
    public const string ExtensionBeforeStart = "rules.extension-before-start";

    /// <summary>Error code: the presumed duration does not move the start forward.</summary>
    public const string DurationNotPositiveFromStart = "rules.duration-not-positive-from-start";

    /// <summary>The one instance (validators are stateless).</summary>
    public static PlacementFactsValidator Instance { get; } = new();

    /// <summary>Declares the checks.</summary>
    public PlacementFactsValidator()
    {
        RuleFor(f => f.Placement).Required().SetValidator(new PlacementValidator());
        RuleFor(f => f.Plan).Required().SetValidator(new PlacementPlanValidator());
        When(f => f.Placement is not null, () =>
        {
            RuleFor(f => f.Placement.Start).SupportedDate();
            RuleFor(f => f.Placement.End!.On).SupportedDate().When(f => f.Placement.End is not null);
            RuleForEach(f => f.Placement.Minors).ChildRules(m => m.RuleFor(x => x.BirthDate).SupportedDate());
            RuleForEach(f => f.Placement.Consents).ChildRules(c => c.RuleFor(x => x.SignedOn).SupportedDate());
            RuleForEach(f => f.Placement.Hearings).ChildRules(h => h.RuleFor(x => x.HeldOn).SupportedDate());
            RuleFor(f => f.Placement.Commitment!.SignedOn).SupportedDate().When(f => f.Placement.Commitment is not null);
            RuleForEach(f => f.Placement.Decrees).ChildRules(d => d.RuleFor(x => x.IssuedOn).SupportedDate());
            RuleForEach(f => f.Placement.Extensions).ChildRules(e =>
            {
                e.RuleFor(x => x.DecreedOn).SupportedDate();
                e.RuleFor(x => x.Until).SupportedDate();
            });
            RuleForEach(f => f.Placement.ExtensionSignals).ChildRules(s => s.RuleFor(x => x.SentOn).SupportedDate());
            RuleForEach(f => f.Placement.Verifications).ChildRules(v => v.RuleFor(x => x.HeldOn).SupportedDate());
            RuleForEach(f => f.Placement.CourtReports).ChildRules(r => r.RuleFor(x => x.SentOn).SupportedDate());
            RuleForEach(f => f.Placement.Extensions)
                .Must((f, e) => e is null || SupportedDateValidatorExtensions.NotBefore(e.Until, f.Placement.Start))
                .WithRuleMessage(ExtensionBeforeStart);
        });
        When(f => f.Plan is not null, () =>
        {
            RuleForEach(f => f.Plan.Signatures).ChildRules(s => s.RuleFor(x => x.SignedOn).SupportedDate());
        });
        When(f => f.Placement is not null && f.Plan is not null, () =>
        {
            RuleFor(f => f.Plan.PresumedDuration).EndsInSupportedRange(f => f.Placement.Start, "placement-start");
            RuleFor(f => f.Plan.PresumedDuration)
                .Must((f, d) => d is null || d.HasTimeComponent || SupportedDates.TryAdd(f.Placement.Start, d) is not { } end || end > f.Placement.Start)
                .WithRuleMessage(DurationNotPositiveFromStart);
        });
    }
}
