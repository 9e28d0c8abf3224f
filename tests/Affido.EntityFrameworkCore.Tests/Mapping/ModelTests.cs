using Affido.EntityFrameworkCore.Tests.Support;
using Affido.TestSupport.Postgres;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Affido.EntityFrameworkCore.Tests.Mapping;

/// <summary>What <see cref="RegistryModelBuilderExtensions.ApplyAffidoRegistry"/> maps, and how it takes its options.</summary>
public sealed class ModelTests
{
    [Fact]
    public void Sqlite_gets_date_converters_and_plain_columns_for_every_filtered_member()
    {
        using var database = SqliteEngine.Instance.CreateDatabase();
        using var db = database.Open();
        Assert.Equal(NodaTimeMapping.ValueConverters, RegistryModelOptions.For(db.Database).NodaTime);
        var carer = db.Model.FindEntityType(typeof(FosterCarer))!;
        var columns = carer.GetFlattenedProperties().ToDictionary(p => p.GetColumnName(), p => p.GetRelationalTypeMapping().StoreType);
        Assert.Equal("foster_carers", carer.GetTableName());
        Assert.Equal(
            ["availability_accepted_needs", "availability_arrangements", "availability_forms", "availability_from", "availability_max_age",
             "availability_min_age", "availability_places", "availability_until", "backgrounds", "code", "consent_given_on",
             "experience_previous_placements", "experience_training_hours", "household_children", "household_type", "languages",
             "municipality_code", "municipality_district", "municipality_location", "municipality_name", "municipality_province",
             "relatives", "service", "status", "waiting_since"],
            columns.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("TEXT", columns["availability_from"]);
        Assert.Equal("INTEGER", columns["availability_accepted_needs"]);
    }

    [Fact]
    public void The_table_name_comes_from_the_options_and_a_blank_one_is_rejected()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        using var renamed = new OptionsContext(connection, new RegistryModelOptions { CarersTable = "affido_carers" });
        Assert.Equal("affido_carers", renamed.Model.FindEntityType(typeof(FosterCarer))!.GetTableName());
        using var blank = new OptionsContext(connection, new RegistryModelOptions { CarersTable = " " });
        Assert.Equal("options", Assert.Throws<ArgumentException>(() => blank.Model).ParamName);
        Assert.Equal("modelBuilder", Assert.Throws<ArgumentNullException>(() => ((ModelBuilder)null!).ApplyAffidoRegistry()).ParamName);
        Assert.Equal("configurationBuilder", Assert.Throws<ArgumentNullException>(() => ((ModelConfigurationBuilder)null!).AddAffidoRegistryConventions()).ParamName);
        Assert.Equal("database", Assert.Throws<ArgumentNullException>(() => RegistryModelOptions.For(null!)).ParamName);
    }

    [Fact]
    public void The_pre_filter_rejects_a_null_request()
        => Assert.Equal("request", Assert.Throws<ArgumentNullException>(() => new CarerPreFilter(null!)).ParamName);

    private sealed class OptionsContext(SqliteConnection connection, RegistryModelOptions options)
        : DbContext(new DbContextOptionsBuilder<OptionsContext>().UseSqlite(connection).Options)
    {
        public RegistryModelOptions Mapping { get; } = options;

        protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
            => configurationBuilder.AddAffidoRegistryConventions();

        protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.ApplyAffidoRegistry(Mapping);

        // One model per options: EF Core caches models per context type unless told otherwise.
        protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
            => optionsBuilder.ReplaceService<Microsoft.EntityFrameworkCore.Infrastructure.IModelCacheKeyFactory, PerOptionsKey>();

        private sealed class PerOptionsKey : Microsoft.EntityFrameworkCore.Infrastructure.IModelCacheKeyFactory
        {
            public object Create(DbContext context, bool designTime)
                => (context.GetType(), ((OptionsContext)context).Mapping, designTime);
        }
    }
}

/// <summary>On PostgreSQL with <c>UseNodaTime()</c> the dates are native <c>date</c> columns, and the schema option applies.</summary>
/// <param name="postgres">The throwaway cluster.</param>
[Collection(PostgresTestGroup.Name)]
public sealed class PostgresModelTests(PostgresFixture postgres)
{
    [PostgresFact]
    public void Postgres_with_nodatime_maps_dates_natively()
    {
        using var database = postgres.Engine.CreateDatabase();
        using var db = database.Open();
        Assert.Equal(NodaTimeMapping.Provider, RegistryModelOptions.For(db.Database).NodaTime);
        var carer = db.Model.FindEntityType(typeof(FosterCarer))!;
        var from = carer.GetFlattenedProperties().Single(p => p.GetColumnName() == "availability_from");
        Assert.Equal("date", from.GetRelationalTypeMapping().StoreType);
        Assert.Null(from.GetTypeMapping().Converter);
        Assert.Equal("text", carer.GetFlattenedProperties().Single(p => p.GetColumnName() == "relatives").GetRelationalTypeMapping().StoreType);
    }
}
