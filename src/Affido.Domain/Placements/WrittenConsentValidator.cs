using FluentValidation;

namespace Affido.Domain;

/// <summary>
/// Validates a <see cref="WrittenConsent"/> on its own: a defined party, a supported date of signature, a valid code for
/// the minor when one is named. Whether the minor named belongs to the placement is checked by <see cref="PlacementValidator"/>.
/// </summary>
internal sealed class WrittenConsentValidator : AffidoValidator<WrittenConsent>
{
    /// <summary>Declares the rules.</summary>
    public WrittenConsentValidator()
    {
        RuleFor(x => x.Party).DefinedEnum();
        RuleFor(x => x.SignedOn).SupportedDate();
        RuleFor(x => x.Minor!.Value).PseudonymousCode()
            .OverridePropertyName(nameof(WrittenConsent.Minor))
            .When(x => x.Minor.HasValue);
    }
}
