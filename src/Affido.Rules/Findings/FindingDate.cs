using NodaTime;
using NodaTime.Text;

namespace Affido.Rules;

/// <summary>A date a finding involves, with its role.</summary>
/// <param name="Role">What the date stands for.</param>
/// <param name="Date">The date.</param>
public sealed record FindingDate(FindingDateRole Role, LocalDate Date)
{
    /// <summary>"Due 2026-03-01" style: ISO dates, whatever the culture.</summary>
    public override string ToString() => $"{Role} {LocalDatePattern.Iso.Format(Date)}";
}
