using FluentValidation;

namespace Affido.Rules;

/// <summary>Checks a <see cref="CivilProceeding"/> before it is judged: a reference, a minor's code, no blank carer code.</summary>
public sealed class CivilProceedingValidator : AbstractValidator<CivilProceeding>
{
    /// <summary>Error code: a blank reference or code.</summary>
    public const string CodeMissing = "proceeding.code-missing";

    /// <summary>The rules.</summary>
    public CivilProceedingValidator()
    {
        RuleFor(p => p.Reference).NotEmpty().WithErrorCode(CodeMissing).WithMessage("The proceeding's reference is missing.");
        RuleFor(p => p.Minor).Must(m => !m.IsEmpty).WithErrorCode(CodeMissing).WithMessage("The minor's code is missing.");
        RuleForEach(p => p.CurrentCarers).Must(c => !c.IsEmpty).WithErrorCode(CodeMissing).WithMessage("A carer's code is missing.");
        RuleForEach(p => p.ConvenedCarers).Must(c => !c.IsEmpty).WithErrorCode(CodeMissing).WithMessage("A convened carer's code is missing.");
    }
}
