namespace Affido.EntityFrameworkCore;

/// <summary>How the registry's NodaTime dates reach the database.</summary>
public enum NodaTimeMapping
{
    /// <summary>
    /// Through <see cref="LocalDateConverter"/> (<see cref="NodaTime.LocalDate"/> as <see cref="DateOnly"/>): works on every
    /// relational provider, SQLite included. The default.
    /// </summary>
    ValueConverters = 0,

    /// <summary>
    /// Left to the provider's own NodaTime support, e.g. PostgreSQL with
    /// <c>UseNpgsql(connectionString, o =&gt; o.UseNodaTime())</c> (package
    /// <c>Npgsql.EntityFrameworkCore.PostgreSQL.NodaTime</c>): dates are PostgreSQL <c>date</c> values read and written
    /// by Npgsql's NodaTime plugin, with no conversion in between.
    /// </summary>
    Provider = 1,
}
