using FluentValidation;

namespace Affido.Domain;

/// <summary>Validates a <see cref="SiblingContraindication"/> (Reg. art. 4): a defined source and a stated reason (free text).</summary>
internal sealed class SiblingContraindicationValidator : AffidoValidator<SiblingContraindication>
{
    /// <summary>Declares the rules.</summary>
    public SiblingContraindicationValidator()
    {
        RuleFor(x => x.Source).DefinedEnum();
        RuleFor(x => x.Reason).RequiredText(TextKind.FreeText);
    }
}
