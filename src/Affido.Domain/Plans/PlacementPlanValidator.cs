using FluentValidation;

namespace Affido.Domain;

/// <summary>
/// Validates a <see cref="PlacementPlan"/> (progetto individuale, Reg. art. 8 a-h) as input: the presumed duration and
/// the verification cadence, when given, are positive periods of whole days or more (compared by adding them to
/// <see cref="CommonRules.PeriodReferenceDate"/>); the texts, when given, are not blank; signatures name a defined signatory.
/// </summary>
/// <remarks>
/// Missing elements are valid input: a plan in progress lacks some, and Affido.Rules reports each (plan.element-missing),
/// as it reports a duration over 24 months or a cadence over 3 months.
/// </remarks>
public sealed class PlacementPlanValidator : AbstractValidator<PlacementPlan>
{
    /// <summary>Declares the rules.</summary>
    public PlacementPlanValidator()
    {
        RuleFor(x => x.PresumedDuration).PositiveDatePeriod();
        RuleFor(x => x.VerificationCadence).PositiveDatePeriod();
        RuleFor(x => x.Goals).OptionalText();
        RuleFor(x => x.ContactArrangements).OptionalText();
        RuleFor(x => x.FamilyOfOriginCommitments).OptionalText();
        RuleFor(x => x.CarerCommitments).OptionalText();
        RuleFor(x => x.SocialServiceCommitments).OptionalText();
        RuleFor(x => x.FosterCareServiceCommitments).OptionalText();
        RuleFor(x => x.ConsentOrDecreeReference).OptionalText();
        RuleForEach(x => x.Signatures).Required().ChildRules(signature => signature.RuleFor(s => s.By).DefinedEnum());
    }
}
