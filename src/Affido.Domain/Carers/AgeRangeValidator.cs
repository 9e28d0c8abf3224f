using FluentValidation;

namespace Affido.Domain;

/// <summary>Validates an <see cref="AgeRange"/>: 0 ≤ minimum ≤ maximum ≤ 17 (the ages of a minor, art. 2 c.c.).</summary>
public sealed class AgeRangeValidator : AffidoValidator<AgeRange>
{
    /// <summary>Declares the rules.</summary>
    public AgeRangeValidator()
    {
        RuleFor(x => x.MinYears).Between(0, Ages.Majority - 1, ValidationCodes.AgeRangeMinOutOfRange);
        RuleFor(x => x.MaxYears).Between(0, Ages.Majority - 1, ValidationCodes.AgeRangeMaxOutOfRange);
        RuleFor(x => x.MinYears).Must((range, min) => min <= range.MaxYears)
            .WithDomainMessage(ValidationCodes.AgeRangeMinExceedsMax, (range, min) =>
                [MessageArgument.Number("max", range.MaxYears), MessageArgument.Number("value", min)]);
    }
}
