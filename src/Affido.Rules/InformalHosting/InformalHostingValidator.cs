using FluentValidation;

namespace Affido.Rules;

/// <summary>Checks an <see cref="InformalHosting"/> before it is judged: codes present, a degree of 1 or more, report and end not before the start.</summary>
public sealed class InformalHostingValidator : AbstractValidator<InformalHosting>
{
    /// <summary>Error code: a blank minor or host code.</summary>
    public const string CodeMissing = "informal-hosting.code-missing";

    /// <summary>Error code: a kinship degree below 1.</summary>
    public const string DegreeNotPositive = "informal-hosting.degree-not-positive";

    /// <summary>Error code: a report or an end before the hosting started.</summary>
    public const string DateBeforeStart = "informal-hosting.date-before-start";

    /// <summary>The rules.</summary>
    public InformalHostingValidator()
    {
        RuleFor(h => h.Minor).Must(m => !m.IsEmpty).WithErrorCode(CodeMissing).WithMessage("The minor's code is missing.");
        RuleFor(h => h.Host).Must(p => !p.IsEmpty).WithErrorCode(CodeMissing).WithMessage("The host's code is missing.");
        RuleFor(h => h.HostKinshipDegree).Must(d => d is null or >= 1).WithErrorCode(DegreeNotPositive)
            .WithMessage("A degree of kinship is 1 or more (art. 76 c.c.); leave it empty when the host is not related.");
        RuleFor(h => h.ReportedOn).Must((h, d) => d is null || d >= h.HostingSince).WithErrorCode(DateBeforeStart)
            .WithMessage("The report is dated before the hosting started.");
        RuleFor(h => h.HostingEndedOn).Must((h, d) => d is null || d >= h.HostingSince).WithErrorCode(DateBeforeStart)
            .WithMessage("The hosting ends before it started.");
    }
}
