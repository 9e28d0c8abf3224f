using FluentValidation;

namespace Affido.Domain;

/// <summary>Validates an <see cref="AgeRange"/>: 0 ≤ minimum ≤ maximum ≤ 17 (the ages of a minor, art. 2 c.c.).</summary>
public sealed class AgeRangeValidator : AbstractValidator<AgeRange>
{
    /// <summary>Declares the rules.</summary>
    public AgeRangeValidator()
    {
        RuleFor(x => x.MinYears).InclusiveBetween(0, Ages.Majority - 1)
            .WithErrorCode(ValidationCodes.AgeRangeMinOutOfRange)
            .WithMessage((_, years) => $"'{{PropertyName}}' must be between 0 and {Ages.Majority - 1}, but is {Invariant(years)}.");
        RuleFor(x => x.MaxYears).InclusiveBetween(0, Ages.Majority - 1)
            .WithErrorCode(ValidationCodes.AgeRangeMaxOutOfRange)
            .WithMessage((_, years) => $"'{{PropertyName}}' must be between 0 and {Ages.Majority - 1}, but is {Invariant(years)}.");
        RuleFor(x => x.MinYears).Must((range, min) => min <= range.MaxYears)
            .WithErrorCode(ValidationCodes.AgeRangeMinExceedsMax)
            .WithMessage(range => $"'{{PropertyName}}' ({Invariant(range.MinYears)}) must not exceed the maximum ({Invariant(range.MaxYears)}).");
    }

    private static string Invariant(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
