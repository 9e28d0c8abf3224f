using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;

namespace Affido.EntityFrameworkCore;

/// <summary>
/// Stores a NodaTime <see cref="LocalDate"/> as a <see cref="DateOnly"/>, which every relational provider maps (SQLite:
/// <c>TEXT</c> <c>yyyy-MM-dd</c>, compared in date order; PostgreSQL and SQL Server: <c>date</c>). Used for providers
/// without NodaTime support; see <see cref="NodaTimeMapping"/>.
/// </summary>
/// <remarks>ISO dates from year 1 to 9999 (the library's own range, <see cref="SupportedDates"/>, lies well inside).</remarks>
public sealed class LocalDateConverter : ValueConverter<LocalDate, DateOnly>
{
    /// <summary>The converter (stateless: one instance is enough).</summary>
    public static LocalDateConverter Instance { get; } = new();

    /// <summary>Creates the converter.</summary>
    public LocalDateConverter()
        : base(date => date.ToDateOnly(), value => LocalDate.FromDateOnly(value))
    {
    }
}
