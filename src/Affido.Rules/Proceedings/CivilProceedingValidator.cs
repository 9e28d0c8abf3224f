using Affido.Domain;
using FluentValidation;
using FluentValidation.Results;

namespace Affido.Rules;

/// <summary>
/// Checks a <see cref="CivilProceeding"/> before it is judged: a reference, a defined matter, a minor's code, no blank
/// carer code, a date within <see cref="SupportedDates"/>.
/// </summary>
public sealed class CivilProceedingValidator : AbstractValidator<CivilProceeding>
{
    /// <summary>The one instance (validators are stateless).</summary>
    public static CivilProceedingValidator Instance { get; } = new();

    /// <summary>Declares the checks.</summary>
    public CivilProceedingValidator()
    {
        RuleFor(p => p.Reference).RequiredText();
        RuleFor(p => p.Matter).DefinedEnum();
        RuleFor(p => p.Minor).PseudonymousCode();
        RuleFor(p => p.Date).InSupportedRange();
        RuleForEach(p => p.CurrentCarers).PseudonymousCode();
        RuleForEach(p => p.ConvenedCarers).PseudonymousCode();
    }

    /// <summary>A <see langword="null"/> instance is a <see cref="ValidationCodes.Required"/> failure, not an exception (issue 12).</summary>
    /// <param name="context">The validation context.</param>
    /// <param name="result">The result the failure is added to.</param>
    /// <returns>Whether the rules should run (the instance is not <see langword="null"/>).</returns>
    protected override bool PreValidate(ValidationContext<CivilProceeding> context, ValidationResult result) => RuleMessages.ReportNull(context, result);
}
