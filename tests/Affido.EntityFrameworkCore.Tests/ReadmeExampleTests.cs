using Affido.EntityFrameworkCore.Tests.Support;
using Affido.TestSupport.Matching;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Affido.EntityFrameworkCore.Tests;

/// <summary>The package README's examples, run as written (its context is <see cref="RegistryContext"/>).</summary>
public sealed class ReadmeExampleTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("affido-readme-").FullName;

    [Fact]
    public async Task The_registry_in_a_sqlite_file_with_three_lines_of_setup_searches_and_refreshes()
    {
        string file = Path.Combine(folder, "registry.db");
        var carers = PropertyRegistry.Generate(500, 9, SyntheticTerritory.Small, RegistryGenerators.PersonPool);
        var request = Examples.Request();

        // README: "The registry in a SQLite file, three lines".
        var options = new DbContextOptionsBuilder<RegistryContext>().UseSqlite($"Data Source={file}").Options;
        await using (var registry = new RegistryContext(options))
        {
            await registry.Database.EnsureCreatedAsync();
            registry.Carers.AddRange(carers);
            await registry.SaveChangesAsync();
        }

        await using (var registry = new RegistryContext(options))
        {
            // README: "Searching".
            MatchResult result = await registry.Carers.SearchAsync(request, top: 10);
            var eligible = registry.Carers.WithSpecification(new CarerPreFilter(request));
            CarerIndex index = await eligible.BuildIndexAsync();
            MatchResult ranked = index.Search(request, 10);
            var reads = new List<int>();
            CarerIndex everyone = await registry.Carers.BuildIndexAsync(progress: new Progress<CarerIndexBuildProgress>(p => reads.Add(p.CarersRead)));

            var expected = CarerIndex.Build(carers).Search(request, 10);
            Assert.NotEmpty(expected.Candidates);
            Assert.Equal(expected, result);
            Assert.Equal(expected.Candidates, ranked.Candidates);
            Assert.Equal(carers.Length, everyone.Count);

            // README: "A registry that changes during the day".
            using var holder = new CarerIndexHolder(everyone);
            var current = holder.Current;
            Assert.Equal(expected, current.Search(request, 10));
            registry.Carers.Remove(await registry.Carers.FirstAsync(c => c.Code == expected.Candidates[0].Carer));
            await registry.SaveChangesAsync();
            await holder.RefreshAsync(async ct =>
            {
                await using var db = new RegistryContext(options);
                return await db.Carers.BuildIndexAsync(cancellationToken: ct);
            });
            Assert.Equal(carers.Length - 1, holder.Current.Count);
            Assert.DoesNotContain(holder.Current.Search(request, 10).Candidates, c => c.Carer == expected.Candidates[0].Carer);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
