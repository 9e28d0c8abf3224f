using FluentValidation;

namespace Affido.Domain;

/// <summary>Validates a <see cref="CourtReport"/>: a supported date and a defined authority.</summary>
internal sealed class CourtReportValidator : AffidoValidator<CourtReport>
{
    /// <summary>Declares the rules.</summary>
    public CourtReportValidator()
    {
        RuleFor(x => x.SentOn).SupportedDate();
        RuleFor(x => x.To).DefinedEnum();
    }
}
