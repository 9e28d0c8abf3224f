using FluentValidation;

namespace Affido.Domain;

/// <summary>
/// Validates a <see cref="PlacementPlan"/> (progetto individuale, Reg. art. 8 a-h) as input: the presumed duration and
/// the verification cadence, when given, are positive periods of whole days or more that move every date forward
/// (no unit below zero) and stay in <see cref="SupportedDates"/>; the texts, when given, are not blank (free text);
/// signatures name a defined signatory on a supported date.
/// </summary>
/// <remarks>
/// Missing elements are valid input: a plan in progress lacks some, and Affido.Rules reports each (plan.element-missing),
/// as it reports a duration over 24 months or a cadence over 3 months.
/// </remarks>
public sealed class PlacementPlanValidator : AffidoValidator<PlacementPlan>
{
    /// <summary>Declares the rules.</summary>
    public PlacementPlanValidator()
    {
        RuleFor(x => x.PresumedDuration).PositiveDatePeriod();
        RuleFor(x => x.VerificationCadence).PositiveDatePeriod();
        RuleFor(x => x.Goals).OptionalText(TextKind.FreeText);
        RuleFor(x => x.ContactArrangements).OptionalText(TextKind.FreeText);
        RuleFor(x => x.FamilyOfOriginCommitments).OptionalText(TextKind.FreeText);
        RuleFor(x => x.CarerCommitments).OptionalText(TextKind.FreeText);
        RuleFor(x => x.SocialServiceCommitments).OptionalText(TextKind.FreeText);
        RuleFor(x => x.FosterCareServiceCommitments).OptionalText(TextKind.FreeText);
        RuleFor(x => x.ConsentOrDecreeReference).OptionalText(TextKind.FreeText);
        RuleForEach(x => x.Signatures).Required().ChildRules(signature =>
        {
            signature.RuleFor(s => s.By).DefinedEnum();
            signature.RuleFor(s => s.SignedOn).SupportedDate();
        });
    }
}
