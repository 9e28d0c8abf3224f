using FluentValidation;

namespace Affido.Domain;

/// <summary>Validates a <see cref="Guardian"/> (art. 343 c.c.): a pseudonymous code and a supported date of appointment.</summary>
internal sealed class GuardianValidator : AffidoValidator<Guardian>
{
    /// <summary>Declares the rules.</summary>
    public GuardianValidator()
    {
        RuleFor(x => x.Code).PseudonymousCode();
        RuleFor(x => x.AppointedOn).SupportedDate();
    }
}
