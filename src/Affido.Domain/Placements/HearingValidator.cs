using FluentValidation;

namespace Affido.Domain;

/// <summary>Validates a <see cref="Hearing"/> on its own: the minor's code and a supported date.</summary>
internal sealed class HearingValidator : AffidoValidator<Hearing>
{
    /// <summary>Declares the rules.</summary>
    public HearingValidator()
    {
        RuleFor(x => x.Minor).PseudonymousCode();
        RuleFor(x => x.HeldOn).SupportedDate();
    }
}
