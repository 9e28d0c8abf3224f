using Affido.Domain;
using FluentValidation;
using FluentValidation.Results;

namespace Affido.Rules;

/// <summary>Checks a <see cref="RegistryEntry"/> before it is judged: a carer's code, a consent dated within <see cref="SupportedDates"/>.</summary>
public sealed class RegistryEntryValidator : AbstractValidator<RegistryEntry>
{
    /// <summary>The one instance (validators are stateless).</summary>
    public static RegistryEntryValidator Instance { get; } = new();

    /// <summary>Declares the checks.</summary>
    public RegistryEntryValidator()
    {
        RuleFor(e => e.Carer).PseudonymousCode();
        RuleFor(e => e.Consent!.GivenOn).InSupportedRange().When(e => e.Consent is not null);
    }

    /// <summary>A <see langword="null"/> instance is a <see cref="ValidationCodes.Required"/> failure, not an exception (issue 12).</summary>
    /// <param name="context">The validation context.</param>
    /// <param name="result">The result the failure is added to.</param>
    /// <returns>Whether the rules should run (the instance is not <see langword="null"/>).</returns>
    protected override bool PreValidate(ValidationContext<RegistryEntry> context, ValidationResult result) => RuleMessages.ReportNull(context, result);
}
