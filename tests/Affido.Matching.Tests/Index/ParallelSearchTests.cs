using Affido.Matching.Tests.Support;
using Affido.TestSupport;
using Affido.TestSupport.Matching;
using FsCheck;
using FsCheck.Fluent;

namespace Affido.Matching.Tests.Index;

/// <summary>The partitioned search returns exactly the single-threaded result.</summary>
public sealed class ParallelSearchTests
{
    [Property(MaxTest = 60)]
    public Property A_partitioned_search_equals_the_single_threaded_one_ties_included()
    {
        // Partitions of 1 to 60 carers over registries of 100-400 with twins (equal scores): heaps of many partitions
        // are merged, and tied carers fall into different partitions.
        var gen = from c in CarerIndexProperties.Cases.Generator
                  from degree in Gen.Choose(2, 8)
                  from partition in Gen.Choose(1, 60)
                  select (c, degree, partition);
        return Prop.ForAll(Arb.From(gen), x =>
        {
            var index = CarerIndex.Build(x.c.Carers);
            var single = index.Search(x.c.Request, x.c.Top);
            var partitioned = index.SearchPartitioned(x.c.Request, x.c.Top, x.degree, x.partition);
            Assert.Equal(single, partitioned);
            Assert.Equal(single, index.Search(x.c.Request, x.c.Top, x.degree)); // small index: one partition
        });
    }

    [Fact]
    public void The_public_overload_splits_a_large_index_and_agrees()
    {
        var index = CarerIndex.Build(PropertyRegistry.Generate(4 * CarerIndex.ParallelChunk, 11, SyntheticTerritory.Large, RegistryGenerators.PersonPool));
        var towns = SyntheticTerritory.Large.Municipalities;
        var requests = Enumerable.Range(0, 6).Select(seed => Fixtures.Random(new Random(seed)) with { FamilyOfOrigin = towns[seed * 97 % towns.Count], School = null })
            .Append(Fixtures.Example() with { FamilyOfOrigin = towns[0], IncludeInAssessment = true });
        int eligible = 0;
        foreach (var request in requests)
        {
            var single = index.Search(request, 25);
            eligible += single.Eligible;
            Assert.Equal(single, index.Search(request, 25, 2));
            Assert.Equal(single, index.Search(request, 25, 3));
            Assert.Equal(index.Search(request, 0), index.Search(request, 0, 2));
        }

        Assert.True(eligible > 100, $"only {eligible} eligible carers in all");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Carers_tied_at_the_threshold_enter_by_code_whichever_thread_offers_them(bool descendingCodes)
    {
        // 64 carers with one score: the best 5 are the 5 smallest codes. With the codes descending by row, those are
        // the last rows, offered after the heap is full at that very score: each must still enter by its code.
        var codes = Enumerable.Range(0, 64).Select(n => $"C{n:D3}").ToList();
        if (descendingCodes)
        {
            codes.Reverse();
        }

        var index = CarerIndex.Build(codes.Select(Fixtures.EligibleCarer).ToList());
        var single = index.Search(Fixtures.Example(), 5);
        Assert.Equal(["C000", "C001", "C002", "C003", "C004"], single.Candidates.Select(c => c.Carer.Value));
        Assert.Single(single.Candidates.Select(c => c.Score).Distinct());
        for (int chunk = 1; chunk <= 8; chunk++)
        {
            Assert.Equal(single, index.SearchPartitioned(Fixtures.Example(), 5, 2, chunk));
            Assert.Equal(single, index.SearchPartitioned(Fixtures.Example(), 5, 4, chunk));
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    public void A_degree_of_parallelism_below_1_is_rejected_naming_the_parameter(int degree)
    {
        var index = CarerIndex.Build([Fixtures.EligibleCarer("C1")]);
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => index.Search(Fixtures.Example(), 5, degree));
        Assert.Equal("degreeOfParallelism", error.ParamName);
    }

    [Fact]
    public void A_large_degree_is_accepted()
    {
        var index = CarerIndex.Build([Fixtures.EligibleCarer("C1")]);
        Assert.Equal(index.Search(Fixtures.Example(), 5), index.Search(Fixtures.Example(), 5, int.MaxValue));
    }
}
