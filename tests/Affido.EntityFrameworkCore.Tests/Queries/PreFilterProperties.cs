using Affido.EntityFrameworkCore.Tests.Support;
using Affido.TestSupport;
using Affido.TestSupport.Postgres;
using FsCheck;

namespace Affido.EntityFrameworkCore.Tests.Queries;

/// <summary>The SQL pre-filter keeps exactly what the in-memory filters keep, on SQLite.</summary>
public sealed class SqlitePreFilterProperties : IDisposable
{
    private readonly TestDatabase database = SqliteEngine.Instance.CreateDatabase();

    /// <summary>See <see cref="PreFilterChecks.SqlKeepsExactlyWhatTheFiltersKeep"/>.</summary>
    [Property(MaxTest = 30)]
    public Property Sql_pre_filter_keeps_exactly_the_carers_the_filters_keep()
        => PreFilterChecks.SqlKeepsExactlyWhatTheFiltersKeep(database);

    /// <inheritdoc />
    public void Dispose() => database.Dispose();
}

/// <summary>The SQL pre-filter keeps exactly what the in-memory filters keep, on PostgreSQL.</summary>
/// <param name="postgres">The throwaway cluster.</param>
[Collection(PostgresTestGroup.Name)]
public sealed class PostgresPreFilterProperties(PostgresFixture postgres) : IDisposable
{
    private readonly TestDatabase database = postgres.Engine.CreateDatabase();

    /// <summary>See <see cref="PreFilterChecks.SqlKeepsExactlyWhatTheFiltersKeep"/>.</summary>
    [PostgresProperty(MaxTest = 30)]
    public Property Sql_pre_filter_keeps_exactly_the_carers_the_filters_keep()
        => PreFilterChecks.SqlKeepsExactlyWhatTheFiltersKeep(database);

    /// <inheritdoc />
    public void Dispose() => database.Dispose();
}
