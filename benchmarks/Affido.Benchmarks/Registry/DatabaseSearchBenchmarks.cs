using Affido.Benchmarks.Search;
using Affido.EntityFrameworkCore;
using Affido.Matching;
using BenchmarkDotNet.Attributes;
using Microsoft.EntityFrameworkCore;

namespace Affido.Benchmarks.Registry;

/// <summary>
/// Top-10 for one request over a registry kept in PostgreSQL 15 (a throwaway local cluster): loading every carer and
/// ranking in memory (baseline) against the hard filters in SQL with only the eligible carers loaded and ranked, the
/// same plus the per-filter exclusion counts (<see cref="RegistryQueryableExtensions.SearchAsync"/>), and, for scale,
/// a search of an index already in memory (what a <see cref="CarerIndexHolder"/> serves between refreshes).
/// </summary>
/// <remarks>
/// Data and request: <see cref="BenchmarkRegistry"/> (about 16% of carers pass every hard filter). Each operation
/// opens its own context, reads without tracking, builds the index and searches, as a service answering one request
/// would. Each benchmark process loads its database once (binary COPY, through the package's own model). Run it
/// out of process (no <c>--inProcess</c>): at 1,000,000 carers a case outlasts the 5-minute limit of BenchmarkDotNet's
/// in-process toolchain.
/// </remarks>
[MemoryDiagnoser]
public class DatabaseSearchBenchmarks
{
    private CarerIndex resident = null!;

    /// <summary>Registry size.</summary>
    [Params(100_000, 1_000_000)]
    public int Carers { get; set; }

    /// <summary>Loads the database (once per size and process).</summary>
    [GlobalSetup(Targets = [nameof(LoadAllAndRank), nameof(PreFilterInSqlAndRank), nameof(SearchAsyncWithCounts)])]
    public void Setup()
    {
        using var db = PostgresRegistry.Open(Carers);
        int prefiltered = db.Carers.WithSpecification(new CarerPreFilter(BenchmarkRegistry.Request)).Count();
        Console.WriteLine($"// DatabaseSearch: {Carers:N0} carers, {prefiltered:N0} pass the SQL pre-filter");
    }

    /// <summary>Builds the index a holder would keep in memory (from the same generated registry).</summary>
    [GlobalSetup(Target = nameof(ResidentIndex))]
    public void SetupResident() => resident = CarerIndex.Build(BenchmarkRegistry.Carers(Carers));

    /// <summary>Every carer read from the database, indexed and ranked in memory.</summary>
    [Benchmark(Baseline = true)]
    public async Task<MatchResult> LoadAllAndRank()
    {
        await using var db = PostgresRegistry.Open(Carers);
        var index = await db.Carers.BuildIndexAsync();
        return index.Search(BenchmarkRegistry.Request, 10);
    }

    /// <summary>The hard filters in SQL; only the eligible carers read, indexed and ranked.</summary>
    [Benchmark]
    public async Task<MatchResult> PreFilterInSqlAndRank()
    {
        await using var db = PostgresRegistry.Open(Carers);
        var index = await db.Carers.WithSpecification(new CarerPreFilter(BenchmarkRegistry.Request)).BuildIndexAsync();
        return index.Search(BenchmarkRegistry.Request, 10);
    }

    /// <summary>As <see cref="PreFilterInSqlAndRank"/>, plus one aggregate query for the exclusion counts: the full result.</summary>
    [Benchmark]
    public async Task<MatchResult> SearchAsyncWithCounts()
    {
        await using var db = PostgresRegistry.Open(Carers);
        return await db.Carers.SearchAsync(BenchmarkRegistry.Request, 10);
    }

    /// <summary>A search of the index already in memory, for scale.</summary>
    [Benchmark]
    public MatchResult ResidentIndex() => resident.Search(BenchmarkRegistry.Request, 10);
}
