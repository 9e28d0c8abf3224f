using System.Text.Json;
using Affido.Domain;
using Affido.EntityFrameworkCore;
using Affido.Matching;
using Affido.Serialization.SystemTextJson;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Affido.ConsumerTest;

/// <summary>The two adapters as an integrator uses them: a request read from JSON, carers kept in SQLite and searched there.</summary>
public class AdaptersScenarioTests
{
    private static readonly Province Milano = new("015", "MI", "Milano", Region.Lombardy);
    private static readonly Municipality Rozzano = new(new IstatCode("015189"), "Rozzano", Milano, new DistrictCode("visconteo-sud-milano"));
    private static readonly Municipality Bresso = new(new IstatCode("015032"), "Bresso", Milano, new DistrictCode("cinisello-balsamo"));

    private const string RequestJson = """
        {
          "id": "R1",
          "minors": [{ "code": "M1", "birthDate": "2016-05-01", "sex": "female", "languages": ["it"] }],
          "form": "ordinary",
          "arrangement": "fullTime",
          "expectedStart": "2026-03-16",
          "expectedDuration": "P12M",
          "familyOfOrigin": "015189"
        }
        """;

    // Municipalities travel as ISTAT codes, looked up in the integrator's reference data.
    private static readonly JsonSerializerOptions Json = new JsonSerializerOptions().ConfigureForAffido(
        new AffidoJsonSettings { Territory = new Territory([Rozzano, Bresso]) });

    private static FosterCarer Carer(string code, Municipality town, AssessmentStatus status = AssessmentStatus.Approved) =>
        DomainScenarioTests.Carer(code, status) with
        {
            Municipality = town,
            Availability = new Availability
            {
                Forms = [PlacementForm.Ordinary],
                Arrangements = [TimeArrangement.FullTime],
                Ages = new AgeRange(0, 12),
                Places = 1,
                AcceptedNeeds = NeedProfile.None,
                From = new LocalDate(2025, 2, 1),
            },
        };

    [Fact]
    public void A_request_read_from_json_round_trips_and_a_missing_member_names_its_path()
    {
        var request = JsonSerializer.Deserialize<MatchRequest>(RequestJson, Json)!;
        Assert.Equal("M1", request.Minors[0].Code.Value);
        Assert.Equal(Period.FromMonths(12), request.ExpectedDuration);
        Assert.Equal(request, JsonSerializer.Deserialize<MatchRequest>(JsonSerializer.Serialize(request, Json), Json));

        var missing = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<MatchRequest>(RequestJson.Replace("\"expectedStart\": \"2026-03-16\",", "", StringComparison.Ordinal), Json));
        Assert.Contains("expectedStart", missing.Message, StringComparison.Ordinal);
        var unknown = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<MatchRequest>(RequestJson.Replace("015189", "999999", StringComparison.Ordinal), Json));
        Assert.Equal("$.familyOfOrigin", AffidoJsonErrors.PathOf(unknown));
    }

    [Fact]
    public async Task Carers_kept_in_sqlite_are_searched_with_the_hard_filters_in_sql()
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        var options = new DbContextOptionsBuilder<RegistryContext>().UseSqlite(connection).Options;
        await using (var registry = new RegistryContext(options))
        {
            await registry.Database.EnsureCreatedAsync();
            registry.Carers.AddRange(Carer("C-ROZZANO", Rozzano), Carer("C-BRESSO", Bresso), Carer("C-SUSPENDED", Rozzano, AssessmentStatus.Suspended));
            await registry.SaveChangesAsync();
        }

        await using var reader = new RegistryContext(options);
        var request = JsonSerializer.Deserialize<MatchRequest>(RequestJson, Json)!;
        var fromDatabase = await reader.Carers.SearchAsync(request, top: 10);
        var inMemory = CarerIndex.Build(await reader.Carers.AsNoTracking().ToListAsync()).Search(request, 10);

        Assert.Equal(["C-ROZZANO", "C-BRESSO"], fromDatabase.Candidates.Select(c => c.Carer.Value));
        Assert.Equal(inMemory.Candidates, fromDatabase.Candidates);
        Assert.Equal(1, fromDatabase.ExclusionCountOf(HardFilter.Status));
    }

    private sealed class RegistryContext(DbContextOptions<RegistryContext> options) : DbContext(options)
    {
        public DbSet<FosterCarer> Carers => Set<FosterCarer>();

        protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
            => configurationBuilder.AddAffidoRegistryConventions();

        protected override void OnModelCreating(ModelBuilder modelBuilder)
            => modelBuilder.ApplyAffidoRegistry(RegistryModelOptions.For(Database));
    }
}
