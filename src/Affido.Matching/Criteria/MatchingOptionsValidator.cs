using FluentValidation;

namespace Affido.Matching;

/// <summary>Checks <see cref="MatchingOptions"/>: weights finite and ≥ 0, not all zero; formula constants in range.</summary>
/// <remarks>Codes: <c>options.weight.negative</c>, <c>options.weights.all-zero</c>, <c>options.constant.out-of-range</c>.</remarks>
public sealed class MatchingOptionsValidator : AbstractValidator<MatchingOptions>
{
    /// <summary>Declares the rules.</summary>
    public MatchingOptionsValidator()
    {
        foreach (var criterion in Enum.GetValues<Criterion>())
        {
            RuleFor(o => o.WeightOf(criterion))
                .Must(w => double.IsFinite(w) && w >= 0)
                .OverridePropertyName(criterion + "Weight")
                .WithErrorCode("options.weight.negative")
                .WithMessage("{PropertyName} must be a finite number ≥ 0.");
        }

        RuleFor(o => o)
            .Must(o => Enum.GetValues<Criterion>().Any(c => o.WeightOf(c) > 0))
            .OverridePropertyName("Weights")
            .WithErrorCode("options.weights.all-zero").WithMessage("At least one weight must be positive.");
        RuleFor(o => o.ProximityHalfScoreKm).Must(v => double.IsFinite(v) && v > 0 && v <= 1000)
            .WithErrorCode("options.constant.out-of-range");
        RuleFor(o => o.ExperiencePlacementsCap).InclusiveBetween(1, 1000).WithErrorCode("options.constant.out-of-range");
        RuleFor(o => o.ExperienceTrainingHoursCap).InclusiveBetween(1, 10000).WithErrorCode("options.constant.out-of-range");
        RuleFor(o => o.WaitingTimeCapDays).InclusiveBetween(1, 36500).WithErrorCode("options.constant.out-of-range");
    }
}
