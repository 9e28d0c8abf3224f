using Affido.TestSupport.Postgres;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Affido.EntityFrameworkCore.Tests.Support;

/// <summary>
/// A real database engine the tests run against: SQLite in memory (embedded, the default) or PostgreSQL in a
/// throwaway cluster. Every context is configured to throw on any EF Core warning, so a query EF Core would not
/// translate whole, or anything else it warns about, fails the test.
/// </summary>
public abstract class Engine
{
    /// <summary>The engine's name, for test output.</summary>
    public abstract string Name { get; }

    /// <summary>A new, empty registry database with its schema.</summary>
    /// <returns>The database; dispose it to drop it.</returns>
    public abstract TestDatabase CreateDatabase();

    /// <summary>Options every test context shares.</summary>
    /// <param name="builder">The provider's options.</param>
    /// <returns>The options.</returns>
    protected static DbContextOptions<RegistryContext> Strict(DbContextOptionsBuilder<RegistryContext> builder)
        => builder.ConfigureWarnings(w => w.Default(WarningBehavior.Throw)).EnableDetailedErrors().Options;

    /// <inheritdoc />
    public override string ToString() => Name;
}

/// <summary>One database of an <see cref="Engine"/>; each <see cref="Open"/> is a new context (a fresh change tracker).</summary>
public abstract class TestDatabase : IDisposable
{
    /// <summary>The engine.</summary>
    public abstract Engine Engine { get; }

    /// <summary>A new context on the database.</summary>
    /// <returns>The context.</returns>
    public abstract RegistryContext Open();

    /// <summary>Drops the database.</summary>
    public abstract void Dispose();

    /// <summary>Replaces the registry with <paramref name="carers"/>.</summary>
    /// <param name="carers">The carers.</param>
    public void Load(IEnumerable<FosterCarer> carers)
    {
        using var db = Open();
        db.Carers.ExecuteDelete();
        db.Carers.AddRange(carers);
        db.SaveChanges();
    }

    /// <inheritdoc />
    public override string ToString() => Engine.Name;
}

/// <summary>SQLite in memory: each database lives as long as its connection.</summary>
public sealed class SqliteEngine : Engine
{
    /// <summary>The shared instance.</summary>
    public static SqliteEngine Instance { get; } = new();

    /// <inheritdoc />
    public override string Name => "SQLite";

    /// <inheritdoc />
    public override TestDatabase CreateDatabase() => new Database(this);

    private sealed class Database : TestDatabase
    {
        private readonly SqliteConnection connection = new("Data Source=:memory:");

        public Database(SqliteEngine engine)
        {
            Engine = engine;
            connection.Open();
            using var db = Open();
            db.Database.EnsureCreated();
        }

        public override Engine Engine { get; }

        public override RegistryContext Open() => new(Strict(new DbContextOptionsBuilder<RegistryContext>().UseSqlite(connection)));

        public override void Dispose() => connection.Dispose();
    }
}

/// <summary>PostgreSQL 15 in a throwaway cluster, dates through Npgsql's NodaTime plugin.</summary>
/// <param name="cluster">The running cluster.</param>
public sealed class PostgresEngine(PostgresCluster cluster) : Engine
{
    private static int databases;

    /// <inheritdoc />
    public override string Name => "PostgreSQL";

    /// <inheritdoc />
    public override TestDatabase CreateDatabase()
        => new Database(this, cluster.ConnectionString("affido_" + Interlocked.Increment(ref databases).ToString(System.Globalization.CultureInfo.InvariantCulture)));

    private sealed class Database : TestDatabase
    {
        private readonly string connectionString;

        public Database(PostgresEngine engine, string connectionString)
        {
            Engine = engine;
            this.connectionString = connectionString;
            using var db = Open();
            db.Database.EnsureCreated();
        }

        public override Engine Engine { get; }

        public override RegistryContext Open()
            => new(Strict(new DbContextOptionsBuilder<RegistryContext>().UseNpgsql(connectionString, o => o.UseNodaTime())));

        public override void Dispose()
        {
            using var db = Open();
            db.Database.EnsureDeleted();
        }
    }
}
