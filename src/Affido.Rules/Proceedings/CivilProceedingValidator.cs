using Affido.Domain;
using FluentValidation;
using FluentValidation.Results;

namespace Affido.Rules;

/// <summary>
/// Checks a <see cref="CivilProceeding"/> before it is judged: a reference, a defined matter, a minor's code, no blank
/// carer code, a date within <see cref="SupportedDates"/>.
/// </summary>
public sealed class CivilProceedingValidator : AffidoValidator<CivilProceeding>
{
    /// <summary>The one instance (validators are stateless).</summary>
    public static CivilProceedingValidator Instance { get; } = new();

    /// <summary>Declares the checks.</summary>
    public CivilProceedingValidator()
    {
        RuleFor(p => p.Reference).RequiredText();
        RuleFor(p => p.Matter).DefinedEnum();
        RuleFor(p => p.Minor).PseudonymousCode();
        RuleFor(p => p.Date).SupportedDate();
        RuleForEach(p => p.CurrentCarers).PseudonymousCode();
        RuleForEach(p => p.ConvenedCarers).PseudonymousCode();
    }

}
