using FluentValidation;
using FluentValidation.Results;

namespace Affido.Matching;

/// <summary>Checks a <see cref="MatchDecision"/>; it never throws, whatever the decision holds.</summary>
/// <remarks>
/// Codes (<see cref="MatchValidationCodes"/>): <c>decision.request.missing</c>, <c>decision.carer.missing</c>,
/// <c>decision.rank.invalid</c> (rank below 1), <c>decision.reason.missing</c> (a carer other than the first, or not in
/// the list, chosen without a reason); and <see cref="ValidationCodes.DateOutOfRange"/> for a decision date outside
/// <see cref="SupportedDates"/>.
/// </remarks>
public sealed class MatchDecisionValidator : AbstractValidator<MatchDecision>
{
    /// <summary>Declares the rules.</summary>
    public MatchDecisionValidator()
    {
        RuleFor(d => d.RequestId).Must(id => !string.IsNullOrWhiteSpace(id)).With(MatchValidationCodes.DecisionRequestMissing);
        RuleFor(d => d.ChosenCarer).Must(c => !c.IsEmpty).With(MatchValidationCodes.DecisionCarerMissing);
        RuleFor(d => d.Rank).Must(r => r is null or >= 1).With(MatchValidationCodes.DecisionRankInvalid);
        RuleFor(d => d.DecidedOn).Must(MatchRequestValidator.IsSupported).With(ValidationCodes.DateOutOfRange);
        RuleFor(d => d.Reason).Must(r => !string.IsNullOrWhiteSpace(r)).When(d => d.OverridesRanking)
            .With(MatchValidationCodes.DecisionReasonMissing);
    }

    /// <summary>A null decision is a failure (<see cref="ValidationCodes.Required"/>), not an exception.</summary>
    /// <param name="context">The validation context.</param>
    /// <param name="result">The result to add the failure to.</param>
    /// <returns>False when there is nothing to validate.</returns>
    protected override bool PreValidate(ValidationContext<MatchDecision> context, ValidationResult result)
        => RuleMessages.ReportNull(context, result, "decision");
}
