using FluentValidation;

namespace Affido.Domain;

/// <summary>
/// Validates a <see cref="FosterCareService"/> (servizio affido referente): name, address, phone and e-mail all given
/// and not blank, the e-mail with a local part, an '@' and a domain, so that the searching service can call it.
/// </summary>
public sealed class FosterCareServiceValidator : AbstractValidator<FosterCareService>
{
    /// <summary>Declares the rules.</summary>
    public FosterCareServiceValidator()
    {
        RuleFor(x => x.Name).RequiredText();
        RuleFor(x => x.Address).RequiredText();
        RuleFor(x => x.Phone).RequiredText();
        RuleFor(x => x.Email).RequiredText();
        RuleFor(x => x.Email).Must(IsPlausibleEmail)
            .When(x => !string.IsNullOrWhiteSpace(x.Email))
            .WithErrorCode(ValidationCodes.FosterCareServiceEmailFormat)
            .WithMessage((_, email) => $"'{{PropertyName}}' must look like office@example.org, but is '{email}'.");
    }

    private static bool IsPlausibleEmail(string email)
    {
        int at = email.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at == email.LastIndexOf('@') && at < email.Length - 1 && !email.Any(char.IsWhiteSpace);
    }
}
