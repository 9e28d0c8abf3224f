using FluentValidation;

namespace Affido.Domain;

/// <summary>
/// Validates a <see cref="FosterCareService"/> (servizio affido referente): name, address, phone and e-mail all given
/// and not blank (a phone is an identifier of at most <see cref="InputLimits.MaxCodeLength"/> characters, the others
/// lines of text), the e-mail with a local part, an '@' and a domain, so that the searching service can call it.
/// </summary>
public sealed class FosterCareServiceValidator : AffidoValidator<FosterCareService>
{
    /// <summary>Declares the rules.</summary>
    public FosterCareServiceValidator()
    {
        RuleFor(x => x.Name).RequiredText();
        RuleFor(x => x.Address).RequiredText();
        RuleFor(x => x.Phone).RequiredText(TextKind.Identifier);
        RuleFor(x => x.Email).RequiredText();
        RuleFor(x => x.Email).Must(email => email is null || string.IsNullOrWhiteSpace(email) || IsPlausibleEmail(email))
            .WithDomainMessage(ValidationCodes.FosterCareServiceEmailFormat);
    }

    private static bool IsPlausibleEmail(string email)
    {
        int at = email.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at == email.LastIndexOf('@') && at < email.Length - 1 && !email.Any(char.IsWhiteSpace);
    }
}
