using Affido.Domain;
using FluentValidation;
using FluentValidation.Results;

namespace Affido.Rules;

/// <summary>
/// Checks an <see cref="InformalHosting"/> before it is judged: codes present (<see cref="ValidationCodes.CodeEmpty"/>),
/// a degree of 1 or more, dates within <see cref="SupportedDates"/>, report and end not before the start.
/// </summary>
public sealed class InformalHostingValidator : AbstractValidator<InformalHosting>
{
    /// <summary>Error code: a kinship degree below 1.</summary>
    public const string DegreeNotPositive = "informal-hosting.degree-not-positive";

    /// <summary>Error code: a report or an end before the hosting started.</summary>
    public const string DateBeforeStart = "informal-hosting.date-before-start";

    /// <summary>The one instance (validators are stateless).</summary>
    public static InformalHostingValidator Instance { get; } = new();

    /// <summary>Declares the checks.</summary>
    public InformalHostingValidator()
    {
        RuleFor(h => h.Minor).PseudonymousCode();
        RuleFor(h => h.Host).PseudonymousCode();
        RuleFor(h => h.HostKinshipDegree).Must(d => d is null or >= 1).WithErrorCode(DegreeNotPositive)
            .WithMessage("'{PropertyName}' is 1 or more (art. 76 c.c.); leave it empty when the host is not related.");
        RuleFor(h => h.HostingSince).InSupportedRange();
        RuleFor(h => h.ReportedOn).InSupportedRange();
        RuleFor(h => h.HostingEndedOn).InSupportedRange();
        RuleFor(h => h.ReportedOn).Must((h, d) => SupportedDateValidatorExtensions.NotBefore(d, h.HostingSince)).WithErrorCode(DateBeforeStart)
            .WithMessage("'{PropertyName}' is dated before the hosting started.");
        RuleFor(h => h.HostingEndedOn).Must((h, d) => SupportedDateValidatorExtensions.NotBefore(d, h.HostingSince)).WithErrorCode(DateBeforeStart)
            .WithMessage("'{PropertyName}' is dated before the hosting started.");
    }

    /// <summary>A <see langword="null"/> instance is a <see cref="ValidationCodes.Required"/> failure, not an exception (issue 12).</summary>
    /// <param name="context">The validation context.</param>
    /// <param name="result">The result the failure is added to.</param>
    /// <returns>Whether the rules should run (the instance is not <see langword="null"/>).</returns>
    protected override bool PreValidate(ValidationContext<InformalHosting> context, ValidationResult result) => RuleMessages.ReportNull(context, result);
}
