using Affido.Domain;
using FluentValidation;
using FluentValidation.Results;

namespace Affido.Rules;

/// <summary>
/// Checks a <see cref="CaseFacts"/> before it is judged: at least one placement (<c>case.placements.empty</c>), none
/// missing, each valid by <see cref="PlacementFactsValidator"/> (paths <c>Placements[0].Placement.Start</c>...).
/// </summary>
public sealed class CaseFactsValidator : AffidoValidator<CaseFacts>
{
    /// <summary>Error code: the case holds no placement.</summary>
    public const string PlacementsEmpty = "case.placements.empty";

    /// <summary>The one instance (validators are stateless).</summary>
    public static CaseFactsValidator Instance { get; } = new();

    /// <summary>Declares the checks.</summary>
    public CaseFactsValidator()
    {
        RuleFor(c => c.Placements).Must(p => !p.IsEmpty)
            .WithRuleMessage(PlacementsEmpty);
        RuleForEach(c => c.Placements).Required().SetValidator(PlacementFactsValidator.Instance);
    }

}
