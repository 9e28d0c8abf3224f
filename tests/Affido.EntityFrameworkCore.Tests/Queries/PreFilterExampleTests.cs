using Affido.EntityFrameworkCore.Tests.Support;
using Affido.TestSupport.Postgres;

namespace Affido.EntityFrameworkCore.Tests.Queries;

/// <summary>The pre-filter's boundary examples (<see cref="PreFilterExamples"/>) on SQLite.</summary>
public sealed class SqlitePreFilterExampleTests : IDisposable
{
    private readonly TestDatabase database = SqliteEngine.Instance.CreateDatabase();

    [Fact]
    public void Availability_boundaries() => PreFilterExamples.Availability_boundaries(database);

    [Fact]
    public void Protection_district_boundaries() => PreFilterExamples.Protection_district_boundaries(database);

    [Fact]
    public void Kinship_by_exact_code_within_the_fourth_degree() => PreFilterExamples.Kinship_by_exact_code_within_the_fourth_degree(database);

    [Fact]
    public void Conflict_of_interest_by_exact_code() => PreFilterExamples.Conflict_of_interest_by_exact_code(database);

    [Fact]
    public void Needs_per_category() => PreFilterExamples.Needs_per_category(database);

    [Fact]
    public void Forms_and_arrangements() => PreFilterExamples.Forms_and_arrangements(database);

    [Fact]
    public void Every_clause_translates_to_sql() => PreFilterExamples.Every_clause_translates_to_sql(database);

    /// <inheritdoc />
    public void Dispose() => database.Dispose();
}

/// <summary>The pre-filter's boundary examples (<see cref="PreFilterExamples"/>) on PostgreSQL.</summary>
/// <param name="postgres">The throwaway cluster.</param>
[Collection(PostgresTestGroup.Name)]
public sealed class PostgresPreFilterExampleTests(PostgresFixture postgres) : IDisposable
{
    private readonly TestDatabase database = postgres.Engine.CreateDatabase();

    [PostgresFact]
    public void Availability_boundaries() => PreFilterExamples.Availability_boundaries(database);

    [PostgresFact]
    public void Protection_district_boundaries() => PreFilterExamples.Protection_district_boundaries(database);

    [PostgresFact]
    public void Kinship_by_exact_code_within_the_fourth_degree() => PreFilterExamples.Kinship_by_exact_code_within_the_fourth_degree(database);

    [PostgresFact]
    public void Conflict_of_interest_by_exact_code() => PreFilterExamples.Conflict_of_interest_by_exact_code(database);

    [PostgresFact]
    public void Needs_per_category() => PreFilterExamples.Needs_per_category(database);

    [PostgresFact]
    public void Forms_and_arrangements() => PreFilterExamples.Forms_and_arrangements(database);

    [PostgresFact]
    public void Every_clause_translates_to_sql() => PreFilterExamples.Every_clause_translates_to_sql(database);

    /// <inheritdoc />
    public void Dispose() => database.Dispose();
}
