using Affido.EntityFrameworkCore.Tests.Support;
using Affido.TestSupport;
using Affido.TestSupport.Postgres;
using FsCheck;

namespace Affido.EntityFrameworkCore.Tests.Mapping;

/// <summary>Saving and loading carers through SQLite is lossless.</summary>
public sealed class SqliteRoundTripProperties : IDisposable
{
    private readonly TestDatabase database = SqliteEngine.Instance.CreateDatabase();

    /// <summary>See <see cref="RoundTripChecks.SavingAndLoadingIsLossless"/>.</summary>
    [Property(MaxTest = 50)]
    public Property Saving_and_loading_a_carer_is_lossless() => RoundTripChecks.SavingAndLoadingIsLossless(database);

    /// <inheritdoc />
    public void Dispose() => database.Dispose();
}

/// <summary>Saving and loading carers through PostgreSQL (dates through Npgsql's NodaTime plugin) is lossless.</summary>
/// <param name="postgres">The throwaway cluster.</param>
[Collection(PostgresTestGroup.Name)]
public sealed class PostgresRoundTripProperties(PostgresFixture postgres) : IDisposable
{
    private readonly TestDatabase database = postgres.Engine.CreateDatabase();

    /// <summary>See <see cref="RoundTripChecks.SavingAndLoadingIsLossless"/>.</summary>
    [PostgresProperty(MaxTest = 50)]
    public Property Saving_and_loading_a_carer_is_lossless() => RoundTripChecks.SavingAndLoadingIsLossless(database);

    /// <inheritdoc />
    public void Dispose() => database.Dispose();
}
