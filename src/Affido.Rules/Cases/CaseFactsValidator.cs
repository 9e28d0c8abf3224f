using Affido.Domain;
using FluentValidation;
using FluentValidation.Results;

namespace Affido.Rules;

/// <summary>
/// Checks a <see cref="CaseFacts"/> before it is judged: at least one placement (<c>case.placements.empty</c>), none
/// missing, each valid by <see cref="PlacementFactsValidator"/> (paths <c>Placements[0].Placement.Start</c>...).
/// </summary>
public sealed class CaseFactsValidator : AbstractValidator<CaseFacts>
{
    /// <summary>Error code: the case holds no placement.</summary>
    public const string PlacementsEmpty = "case.placements.empty";

    /// <summary>The one instance (validators are stateless).</summary>
    public static CaseFactsValidator Instance { get; } = new();

    /// <summary>Declares the checks.</summary>
    public CaseFactsValidator()
    {
        RuleFor(c => c.Placements).Must(p => !p.IsEmpty)
            .WithErrorCode(PlacementsEmpty)
            .WithMessage("'{PropertyName}' must hold at least one placement.");
        RuleForEach(c => c.Placements).Required().SetValidator(PlacementFactsValidator.Instance);
    }

    /// <summary>A <see langword="null"/> instance is a <see cref="ValidationCodes.Required"/> failure, not an exception (issue 12).</summary>
    /// <param name="context">The validation context.</param>
    /// <param name="result">The result the failure is added to.</param>
    /// <returns>Whether the rules should run (the instance is not <see langword="null"/>).</returns>
    protected override bool PreValidate(ValidationContext<CaseFacts> context, ValidationResult result) => RuleMessages.ReportNull(context, result);
}
