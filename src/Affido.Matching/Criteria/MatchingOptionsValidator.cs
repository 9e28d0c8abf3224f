using FluentValidation;
using FluentValidation.Results;

namespace Affido.Matching;

/// <summary>
/// Checks <see cref="MatchingOptions"/>: every weight a number in [0, 1000], not all zero; formula constants in range.
/// The bound on the weights keeps their sum, and so every score, finite.
/// </summary>
/// <remarks>
/// Codes (<see cref="MatchValidationCodes"/>): <c>options.weight.out-of-range</c>, <c>options.weights.all-zero</c>,
/// <c>options.constant.out-of-range</c>.
/// </remarks>
public sealed class MatchingOptionsValidator : AbstractValidator<MatchingOptions>
{
    /// <summary>The largest weight a criterion may have.</summary>
    public const double MaxWeight = 1000;

    /// <summary>Declares the rules.</summary>
    public MatchingOptionsValidator()
    {
        foreach (var criterion in SoftCriteria.All)
        {
            RuleFor(o => criterion.WeightIn(o))
                .Must(w => w is >= 0 and <= MaxWeight)
                .OverridePropertyName(criterion.Criterion + "Weight")
                .With(MatchValidationCodes.OptionsWeightOutOfRange);
        }

        RuleFor(o => o)
            .Must(o => SoftCriteria.All.Any(c => c.WeightIn(o) > 0))
            .OverridePropertyName("Weights")
            .With(MatchValidationCodes.OptionsWeightsAllZero);
        RuleFor(o => o.ProximityHalfScoreKm).Must(v => v is > 0 and <= 1000).With(MatchValidationCodes.OptionsConstantOutOfRange);
        RuleFor(o => o.ExperiencePlacementsCap).InclusiveBetween(1, 1000).With(MatchValidationCodes.OptionsConstantOutOfRange);
        RuleFor(o => o.ExperienceTrainingHoursCap).InclusiveBetween(1, 10000).With(MatchValidationCodes.OptionsConstantOutOfRange);
        RuleFor(o => o.WaitingTimeCapDays).InclusiveBetween(1, 36500).With(MatchValidationCodes.OptionsConstantOutOfRange);
    }

    /// <summary>A null options is a failure (<see cref="ValidationCodes.Required"/>), not an exception.</summary>
    /// <param name="context">The validation context.</param>
    /// <param name="result">The result to add the failure to.</param>
    /// <returns>False when there is nothing to validate.</returns>
    protected override bool PreValidate(ValidationContext<MatchingOptions> context, ValidationResult result)
        => RuleMessages.ReportNull(context, result, "options");
}
