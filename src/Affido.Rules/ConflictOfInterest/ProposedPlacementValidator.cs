using Affido.Domain;
using FluentValidation;
using FluentValidation.Results;

namespace Affido.Rules;

/// <summary>
/// Checks a <see cref="ProposedPlacement"/> before it is judged: the carers' and the minor's codes, every relative
/// (<see cref="RelativeValidator"/>), the participants present with no blank code, a provision dated within
/// <see cref="SupportedDates"/>.
/// </summary>
public sealed class ProposedPlacementValidator : AffidoValidator<ProposedPlacement>
{
    /// <summary>The one instance (validators are stateless).</summary>
    public static ProposedPlacementValidator Instance { get; } = new();

    /// <summary>Declares the checks.</summary>
    public ProposedPlacementValidator()
    {
        RuleFor(p => p.Carer).PseudonymousCode();
        RuleFor(p => p.Minor!.Value).PseudonymousCode().OverridePropertyName(nameof(ProposedPlacement.Minor)).When(p => p.Minor is not null);
        RuleForEach(p => p.Relatives).Required().SetValidator(new RelativeValidator());
        RuleFor(p => p.Participants).Required();
        When(p => p.Participants is not null, () =>
        {
            RuleForEach(p => p.Participants.Judges).PseudonymousCode();
            RuleForEach(p => p.Participants.CourtExperts).PseudonymousCode();
            RuleForEach(p => p.Participants.SocialWorkers).PseudonymousCode();
        });
        RuleFor(p => p.ProvisionDate).SupportedDate();
    }

}
