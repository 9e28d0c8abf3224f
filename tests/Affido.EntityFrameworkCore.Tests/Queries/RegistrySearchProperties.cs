using Affido.EntityFrameworkCore.Tests.Support;
using Affido.TestSupport;
using Affido.TestSupport.Postgres;
using FsCheck;
using FsCheck.Fluent;

namespace Affido.EntityFrameworkCore.Tests.Queries;

/// <summary>
/// Searching the database (<see cref="RegistryQueryableExtensions.SearchAsync"/>: pre-filter in SQL, index over the
/// eligible carers, exclusion counts in one aggregate) gives the very result of an index over the whole registry.
/// </summary>
internal static class RegistrySearchChecks
{
    public static Property SearchInTheDatabaseEqualsTheIndexSearch(TestDatabase database)
        => Prop.ForAll(CarerGenerators.EdgyRegistries.ToArbitrary(), RequestGenerators.Requests.ToArbitrary(), (carers, requests) =>
        {
            database.Load(carers);
            using var db = database.Open();
            var index = CarerIndex.Build(carers);
            foreach (var request in requests)
            {
                var expected = index.Search(request, 10);
                var actual = db.Carers.SearchAsync(request, 10).GetAwaiter().GetResult();
                Assert.Equal(expected.Exclusions, actual.Exclusions);
                Assert.Equal(expected with { Exclusions = default }, actual with { Exclusions = default });
            }

            return true;
        });
}

/// <summary>Searching a SQLite registry equals searching an index of it.</summary>
public sealed class SqliteRegistrySearchProperties : IDisposable
{
    private readonly TestDatabase database = SqliteEngine.Instance.CreateDatabase();

    /// <summary>See <see cref="RegistrySearchChecks.SearchInTheDatabaseEqualsTheIndexSearch"/>.</summary>
    [Property(MaxTest = 10)]
    public Property Search_in_the_database_equals_the_index_search() => RegistrySearchChecks.SearchInTheDatabaseEqualsTheIndexSearch(database);

    /// <inheritdoc />
    public void Dispose() => database.Dispose();
}

/// <summary>Searching a PostgreSQL registry equals searching an index of it.</summary>
/// <param name="postgres">The throwaway cluster.</param>
[Collection(PostgresTestGroup.Name)]
public sealed class PostgresRegistrySearchProperties(PostgresFixture postgres) : IDisposable
{
    private readonly TestDatabase database = postgres.Engine.CreateDatabase();

    /// <summary>See <see cref="RegistrySearchChecks.SearchInTheDatabaseEqualsTheIndexSearch"/>.</summary>
    [PostgresProperty(MaxTest = 10)]
    public Property Search_in_the_database_equals_the_index_search() => RegistrySearchChecks.SearchInTheDatabaseEqualsTheIndexSearch(database);

    /// <inheritdoc />
    public void Dispose() => database.Dispose();
}
