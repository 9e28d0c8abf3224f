using FluentValidation;

namespace Affido.Domain;

/// <summary>Validates a <see cref="Decree"/>: a defined authority, a supported date, a reference (an identifier of at most <see cref="InputLimits.MaxCodeLength"/> characters).</summary>
internal sealed class DecreeValidator : AffidoValidator<Decree>
{
    /// <summary>Declares the rules.</summary>
    public DecreeValidator()
    {
        RuleFor(x => x.Authority).DefinedEnum();
        RuleFor(x => x.IssuedOn).SupportedDate();
        RuleFor(x => x.Reference).RequiredText(TextKind.Identifier);
    }
}
