using Affido.Benchmarks.Search;
using Affido.Domain;
using Affido.EntityFrameworkCore;
using Affido.TestSupport.Postgres;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace Affido.Benchmarks.Registry;

/// <summary>
/// The benchmark registries kept in PostgreSQL: one throwaway cluster per process (see <see cref="PostgresCluster"/>; stopped and deleted when the process exits),
/// one database per registry size, loaded once per process through the package's own EF Core model (binary COPY).
/// </summary>
public static class PostgresRegistry
{
    private static readonly Lazy<PostgresCluster> Cluster = new(PostgresCluster.Start);
    private static readonly Dictionary<int, string> Loaded = [];

    /// <summary>A context on the database holding <paramref name="carers"/> benchmark carers (<see cref="BenchmarkRegistry.Carers"/>), loading it on first use.</summary>
    /// <param name="carers">The registry size.</param>
    /// <returns>A new context (the caller disposes it).</returns>
    public static RegistryContext Open(int carers)
    {
        lock (Loaded)
        {
            if (!Loaded.TryGetValue(carers, out string? connectionString))
            {
                connectionString = Cluster.Value.ConnectionString("registry_" + carers.ToString(System.Globalization.CultureInfo.InvariantCulture));
                Load(connectionString, BenchmarkRegistry.Carers(carers));
                Loaded.Add(carers, connectionString);
            }

            return RegistryContext.Open(connectionString);
        }
    }

    private static void Load(string connectionString, FosterCarer[] carers)
    {
        using var db = RegistryContext.Open(connectionString);
        db.Database.EnsureDeleted();
        db.Database.EnsureCreated();
        Copy(db, carers);
        db.Database.ExecuteSqlRaw("VACUUM ANALYZE");
        var sample = carers.Where((_, i) => i % (carers.Length / 100 + 1) == 0).ToDictionary(c => c.Code);
        var codes = sample.Keys.ToList();
        if (db.Carers.AsNoTracking().Where(c => codes.Contains(c.Code)).AsEnumerable().Any(c => !c.Equals(sample[c.Code]))
            || db.Carers.Count() != carers.Length)
        {
            throw new InvalidOperationException("The copied registry differs from the generated one.");
        }

        Console.WriteLine($"// PostgresRegistry: {carers.Length:N0} carers loaded");
    }

    /// <summary>
    /// Writes the carers with PostgreSQL's binary COPY (a million rows in seconds, where EF Core's inserts take
    /// minutes), column by column as the package's own EF Core model maps them: each value is read through the
    /// model's getter and converted by the model's value converter, so the rows are exactly those SaveChanges writes.
    /// </summary>
    private static void Copy(RegistryContext db, FosterCarer[] carers)
    {
        var entity = db.Model.FindEntityType(typeof(FosterCarer))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var columns = entity.GetFlattenedProperties()
            .Select(p => (Property: p, Name: p.GetColumnName(table)!, Type: p.GetRelationalTypeMapping().StoreType, Getter: p.GetGetter(), Converter: p.GetTypeMapping().Converter))
            .ToArray();
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        connection.Open();
        string names = string.Join(", ", columns.Select(c => "\"" + c.Name + "\""));
        using var importer = connection.BeginBinaryImport($"COPY \"{table.Name}\" ({names}) FROM STDIN (FORMAT BINARY)");
        foreach (var carer in carers)
        {
            importer.StartRow();
            foreach (var column in columns)
            {
                object? value = column.Getter.GetClrValueUsingContainingEntity(carer);
                value = value is null || column.Converter is null ? value : column.Converter.ConvertToProvider(value);
                if (value is null)
                {
                    importer.WriteNull();
                }
                else
                {
                    importer.Write(value, column.Type);
                }
            }
        }

        importer.Complete();
    }
}

/// <summary>An integrator's context holding the registry (as the package README sets it up for PostgreSQL).</summary>
/// <param name="options">The options.</param>
public sealed class RegistryContext(DbContextOptions<RegistryContext> options) : DbContext(options)
{
    /// <summary>The registry.</summary>
    public DbSet<FosterCarer> Carers => Set<FosterCarer>();

    /// <summary>A context on PostgreSQL with Npgsql's NodaTime plugin.</summary>
    /// <param name="connectionString">The connection string.</param>
    /// <returns>The context.</returns>
    public static RegistryContext Open(string connectionString)
        => new(new DbContextOptionsBuilder<RegistryContext>().UseNpgsql(connectionString, o => o.UseNodaTime()).Options);

    /// <inheritdoc />
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
        => configurationBuilder.AddAffidoRegistryConventions();

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
        => modelBuilder.ApplyAffidoRegistry(RegistryModelOptions.For(Database));
}
