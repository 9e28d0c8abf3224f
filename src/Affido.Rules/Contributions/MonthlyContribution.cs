using Affido.Domain;
using NodaTime;

namespace Affido.Rules;

/// <summary>The monthly contribution owed for one month, with how it was computed.</summary>
/// <remarks>Amounts are euros rounded to the cent with <see cref="MidpointRounding.AwayFromZero"/> (see <see cref="ContributionCalculator"/>).</remarks>
public sealed record MonthlyContribution
{
    /// <summary>The month.</summary>
    public required YearMonth Month { get; init; }

    /// <summary>Why it is owed, or not.</summary>
    public required ContributionBasis Basis { get; init; }

    /// <summary>The amount owed, in euros, never negative.</summary>
    public required decimal Amount { get; init; }

    /// <summary>The day by which it is paid: the policy's due day (15th) of the following month.</summary>
    public required LocalDate DueOn { get; init; }

    /// <summary>The days of the month for which the contribution is owed.</summary>
    public required int DaysCovered { get; init; }

    /// <summary>The days of the month.</summary>
    public required int DaysInMonth { get; init; }

    /// <summary>Why, in Italian and English.</summary>
    public required BilingualText Explanation { get; init; }

    /// <summary>The legal source: <see cref="LegalSources.ContributionExceptions"/> (Reg. art. 9 a) or <see cref="LegalSources.Contributions"/> (Reg. art. 9 b).</summary>
    public required LegalSource Source { get; init; }
}
