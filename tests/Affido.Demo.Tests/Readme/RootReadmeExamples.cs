using System.Text.Json;
using Affido.Domain;
using Affido.EntityFrameworkCore;
using Affido.Matching;
using Affido.Rules;
using Affido.Serialization.SystemTextJson;
using Affido.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Affido.Demo.Tests.Readme;

/// <summary>
/// The root README's examples, verbatim between the <c>// README:name</c> and <c>// README:end</c> markers
/// (<see cref="RootReadmeTests"/> checks that README shows exactly this code), each followed by asserts.
/// </summary>
public class RootReadmeExamples
{
    [Fact]
    public void Domain_example()
    {
        // README:domain
        var milano = new Province("015", "MI", "Milano", Region.Lombardy);
        var rozzano = new Municipality(new IstatCode("015189"), "Rozzano", milano, new DistrictCode("visconteo-sud-milano"));
        var minor = new Minor
        {
            Code = new MinorCode("M-2026-0101"),
            BirthDate = new LocalDate(2012, 2, 29),
            Sex = Sex.Female,
        };

        LocalDate heardFrom = Ages.AnniversaryOf(minor.BirthDate, Ages.Hearing);          // 2024-02-29
        LocalDate consentsFrom = Ages.AnniversaryOf(minor.BirthDate, Ages.WrittenConsent); // 2026-03-01 (no 29 Feb in 2026)
        int age = minor.AgeOn(new LocalDate(2026, 3, 1));                                 // 14
        // README:end

        Assert.Equal(new LocalDate(2024, 2, 29), heardFrom);
        Assert.Equal(new LocalDate(2026, 3, 1), consentsFrom);
        Assert.Equal(14, age);
        Assert.Equal("015", rozzano.Code.ProvinceCode);
    }

    [Fact]
    public void Rules_example()
    {
        var (placement, plan) = RulesSection.SamplePlacement(
            new Minor { Code = new MinorCode("M-2026-0101"), BirthDate = new LocalDate(2016, 9, 14), Sex = Sex.Male }, new CarerCode("C0003596"), LombardyTerritory.Instance.ByName("Rozzano"));
        var output = new StringWriter(); // Console.Out in an application

        // README:rules
        using var services = new ServiceCollection()
            .AddAffidoDomain(SystemClock.Instance) // your application's clock: the packages never pick one
            .AddAffidoRules(policy => policy with { MonthlyContributionFullTime = 480m }) // the district's own values
            .BuildServiceProvider();
        var evaluator = services.GetRequiredService<RuleEvaluator>();

        var asOf = new LocalDate(2026, 3, 1);
        RuleEvaluation evaluation = evaluator.Evaluate(placement, plan, asOf);
        foreach (Finding finding in evaluation.Findings)
        {
            output.WriteLine($"{finding.Severity} {finding.Code} ({finding.Source}): {finding.Message.Italian}");
        }
        var verifications = VerificationSchedule.For(placement, plan, asOf);
        output.WriteLine($"verification overdue since {verifications.OverdueSince}, next due {verifications.NextDue}");
        // README:end

        string[] lines = output.ToString().ReplaceLineEndings("\n").TrimEnd().Split('\n');
        Assert.True(evaluation.IsValid);
        Assert.Contains(lines, l => l.StartsWith("Error verification.overdue (Reg. art. 8 f)", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Error hearing.minor.missing (L. 184/1983 art. 4 c. 1)", StringComparison.Ordinal));
        Assert.Equal(new LocalDate(2026, 2, 21), verifications.OverdueSince);
    }

    [Fact]
    public void Matching_example()
    {
        FosterCarer[] carers = SyntheticRegistry.Generate(5_000);
        var rozzano = LombardyTerritory.Instance.ByName("Rozzano");
        var output = new StringWriter(); // Console.Out in an application

        // README:matching
        using var services = new ServiceCollection().AddAffidoDomain(SystemClock.Instance).AddAffidoMatching().BuildServiceProvider();
        CarerIndex index = services.GetRequiredService<CarerIndexFactory>().Build(carers); // once; share it between searches

        var child = new Minor
        {
            Code = new MinorCode("M-2026-0101"),
            BirthDate = new LocalDate(2016, 9, 14),
            Sex = Sex.Male,
            Languages = [LanguageCode.Italian],
            Needs = NeedProfile.Of((NeedCategory.Learning, NeedLevel.Low), (NeedCategory.Emotional, NeedLevel.Medium)),
        };
        var request = new MatchRequest
        {
            Id = "rozzano-9",
            Minors = [child],
            Form = PlacementForm.Ordinary,
            Arrangement = TimeArrangement.FullTime,
            ExpectedStart = new LocalDate(2026, 3, 16),
            ExpectedDuration = Period.FromMonths(24),
            FamilyOfOrigin = rozzano,
        };

        MatchResult result = index.Search(request, top: 5);
        foreach (MatchCandidate candidate in result.Candidates)
        {
            output.WriteLine($"{candidate.Rank}. {candidate.Carer} {candidate.Score:F3} "
                + string.Join(" ", candidate.Breakdown.Select(c => $"{c.Criterion}={c.Score:F2}")));
        }
        output.WriteLine($"excluded for needs: {result.ExclusionCountOf(HardFilter.Needs)}");
        MatchExplanation whyNot = index.Explain(request, new CarerCode("C0000229"));      // a carer in Rozzano
        output.WriteLine($"why not C0000229: {string.Join(", ", whyNot.FailedFilters.Select(f => HardFilters.Of(f).ReasonCode))}");
        // README:end

        string[] lines = output.ToString().ReplaceLineEndings("\n").TrimEnd().Split('\n');
        Assert.Equal(5, result.Candidates.Count);
        Assert.StartsWith("1. C0003596 ", lines[0], StringComparison.Ordinal);
        Assert.Equal("why not C0000229: carer.availability.not-at-start, carer.age-range.not-accepted", lines[^1]);
        Assert.True(result.ExclusionCountOf(HardFilter.Needs) > 0);
    }

    [Fact]
    public async Task Adapters_example()
    {
        var lombardy = LombardyTerritory.Instance;
        var territory = new Territory(lombardy.Municipalities, lombardy.SocialDistricts);
        string body = """
            { "id": "rozzano-9", "minors": [{ "code": "M-2026-0101", "birthDate": "2016-09-14", "sex": "male" }],
              "form": "ordinary", "arrangement": "fullTime", "expectedStart": "2026-03-16", "expectedDuration": "P24M",
              "familyOfOrigin": "015189" }
            """;
        string path = Path.GetTempFileName(); // an empty file is an empty SQLite database
        var seed = new DbContextOptionsBuilder<RegistryContext>().UseSqlite($"Data Source={path};Pooling=False").Options;
        await using (var setup = new RegistryContext(seed))
        {
            await setup.Database.EnsureCreatedAsync();
            setup.Carers.AddRange(SyntheticRegistry.Generate(2_000));
            await setup.SaveChangesAsync();
        }

        try
        {
            // README:adapters
            var json = new JsonSerializerOptions().ConfigureForAffido(new AffidoJsonSettings { Territory = territory });
            MatchRequest request = JsonSerializer.Deserialize<MatchRequest>(body, json)!; // a bad body: JsonException naming the path

            var options = new DbContextOptionsBuilder<RegistryContext>().UseSqlite($"Data Source={path};Pooling=False").Options;
            await using var registry = new RegistryContext(options); // your DbContext, see Affido.EntityFrameworkCore's README
            await registry.Database.EnsureCreatedAsync();
            MatchResult result = await registry.Carers.SearchAsync(request, top: 5); // hard filters in SQL, ranking in memory
            // README:end

            var inMemory = CarerIndex.Build(SyntheticRegistry.Generate(2_000)).Search(request, 5);
            Assert.Equal(5, result.Candidates.Count);
            Assert.Equal(inMemory.Candidates, result.Candidates);
            Assert.Equal(inMemory.Exclusions, result.Exclusions);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>An integrator's context: the registry mapped with one call.</summary>
    private sealed class RegistryContext(DbContextOptions<RegistryContext> options) : DbContext(options)
    {
        public DbSet<FosterCarer> Carers => Set<FosterCarer>();

        protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
            => configurationBuilder.AddAffidoRegistryConventions();

        protected override void OnModelCreating(ModelBuilder modelBuilder)
            => modelBuilder.ApplyAffidoRegistry(RegistryModelOptions.For(Database));
    }
}
