using FluentValidation;

namespace Affido.Matching;

/// <summary>Checks a <see cref="MatchDecision"/>.</summary>
/// <remarks>
/// Codes: <c>decision.request.missing</c>, <c>decision.carer.missing</c>, <c>decision.rank.invalid</c> (rank below
/// 1), <c>decision.reason.missing</c> (a carer other than the first, or not in the list, chosen without a reason).
/// </remarks>
public sealed class MatchDecisionValidator : AbstractValidator<MatchDecision>
{
    /// <summary>Declares the rules.</summary>
    public MatchDecisionValidator()
    {
        RuleFor(d => d.RequestId).NotEmpty().WithErrorCode("decision.request.missing");
        RuleFor(d => d.ChosenCarer).Must(c => !c.IsEmpty).WithErrorCode("decision.carer.missing")
            .WithMessage("The chosen carer's code is missing.");
        RuleFor(d => d.Rank).Must(r => r is null or >= 1).WithErrorCode("decision.rank.invalid")
            .WithMessage("A rank starts at 1 (or is absent when the carer was not in the list).");
        RuleFor(d => d.Reason).Must(r => !string.IsNullOrWhiteSpace(r)).When(d => d.OverridesRanking)
            .WithErrorCode("decision.reason.missing")
            .WithMessage("Choosing a carer that was not first, or not in the list, needs a stated reason.");
    }
}
