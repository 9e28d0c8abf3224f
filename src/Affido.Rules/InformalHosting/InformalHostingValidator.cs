using Affido.Domain;
using FluentValidation;
using FluentValidation.Results;

namespace Affido.Rules;

/// <summary>
/// Checks an <see cref="InformalHosting"/> before it is judged: codes present (<see cref="ValidationCodes.CodeEmpty"/>),
/// a degree of 1 or more, dates within <see cref="SupportedDates"/>, report and end not before the start.
/// </summary>
public sealed class InformalHostingValidator : AffidoValidator<InformalHosting>
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
        RuleFor(h => h.HostKinshipDegree).Must(d => d is null or >= 1).WithRuleMessage(DegreeNotPositive);
        RuleFor(h => h.HostingSince).SupportedDate();
        RuleFor(h => h.ReportedOn).SupportedDate();
        RuleFor(h => h.HostingEndedOn).SupportedDate();
        RuleFor(h => h.ReportedOn).Must((h, d) => SupportedDateValidatorExtensions.NotBefore(d, h.HostingSince)).WithRuleMessage(DateBeforeStart);
        RuleFor(h => h.HostingEndedOn).Must((h, d) => SupportedDateValidatorExtensions.NotBefore(d, h.HostingSince)).WithRuleMessage(DateBeforeStart);
    }

}
