using Affido.Domain;
using Affido.Matching.Tests.Support;
using Affido.TestSupport.Matching;
using static Affido.Matching.Tests.Support.Fixtures;

namespace Affido.Matching.Tests.Index;

public sealed class CarerIndexTests
{
    [Fact]
    public void Languages_beyond_the_63_bits_of_the_set_still_match()
    {
        // 70 distinct languages: the last ones live in the index's overflow table.
        var carers = Enumerable.Range(0, 70)
            .Select(i => EligibleCarer("C" + i.ToString("00", System.Globalization.CultureInfo.InvariantCulture)) with { Languages = [new LanguageCode("l" + i)] })
            .ToArray();
        var request = Example() with { Languages = [new LanguageCode("l68")] };
        var result = CarerIndex.Build(carers).Search(request, 1);
        Assert.Equal("C68", result.Candidates[0].Carer.Value);
        Assert.Equal(1.0, result.Candidates[0].Breakdown[(int)Criterion.Language].Score);
        Assert.Equal(Matchers.Codes(Matchers.Reference.Search(carers, request, 5)), Matchers.Codes(CarerIndex.Build(carers).Search(request, 5)));
    }

    [Fact]
    public void Concurrent_searches_on_one_index_agree_with_a_single_search()
    {
        var carers = PropertyRegistry.Generate(3000, 5, SyntheticTerritory.Small, RegistryGenerators.PersonPool);
        var index = CarerIndex.Build(carers);
        var requests = Enumerable.Range(0, 16).Select(i => Fixtures.Random(new Random(i))).ToArray();
        var expected = requests.Select(r => index.Search(r, 10)).ToArray();
        var actual = new MatchResult[requests.Length];
        Parallel.For(0, requests.Length, i => actual[i] = index.Search(requests[i], 10));
        for (int i = 0; i < requests.Length; i++)
        {
            Assert.Equal(expected[i].Candidates, actual[i].Candidates);
            Assert.Equal(expected[i].Exclusions, actual[i].Exclusions);
        }
    }

    [Fact]
    public void Estimated_bytes_stay_under_100_a_carer()
    {
        var carers = PropertyRegistry.Generate(20_000, 3, SyntheticTerritory.Large);
        var index = CarerIndex.Build(carers);
        Assert.Equal(20_000, index.Count);
        Assert.InRange(index.EstimatedBytes / (double)index.Count, 40, 100);
    }

    [Fact]
    public void Build_rejects_a_null_carer_and_negative_top()
    {
        Assert.Throws<ArgumentNullException>(() => CarerIndex.Build([EligibleCarer("A"), null!]));
        Assert.Throws<ArgumentOutOfRangeException>(() => CarerIndex.Build([EligibleCarer("A")]).Search(Example(), -1));
    }

    [Fact]
    public void Build_rejects_duplicate_codes_naming_the_first_duplicated_one()
    {
        var carers = new[] { EligibleCarer("A"), EligibleCarer("B"), EligibleCarer("C"), EligibleCarer("B"), EligibleCarer("A") };
        var error = Assert.Throws<ArgumentException>(() => CarerIndex.Build(carers));
        Assert.Equal("carers", error.ParamName);
        Assert.Contains("'B'", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("'A'", error.Message, StringComparison.Ordinal);

        // Codes differing only in case are different codes (ordinal).
        Assert.Equal(2, CarerIndex.Build([EligibleCarer("a"), EligibleCarer("A")]).Count);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Build_rejects_a_blank_code(string? code)
    {
        var carers = new[] { EligibleCarer("A"), EligibleCarer("B") with { Code = new CarerCode(code!) } };
        var error = Assert.Throws<ArgumentException>(() => CarerIndex.Build(carers));
        Assert.Equal("carers", error.ParamName);
        Assert.Contains("position 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Non_ascii_codes_are_kept_and_ordered_as_the_reference_orders_them()
    {
        // Equal scores: the order is the ordinal order of the codes, across ASCII, Latin-1 and astral characters.
        string[] codes = ["Zeta", "Ärm", "a", "é1", "\U0001F600x", "\uFFFDy", "A", "Ab"];
        var carers = codes.Select(c => EligibleCarer(c)).ToArray();
        var index = CarerIndex.Build(carers);
        var request = Example();
        var result = index.Search(request, codes.Length);
        Assert.Equal(codes.Order(StringComparer.Ordinal), result.Candidates.Select(c => c.Carer.Value));
        Assert.Equal(Matchers.Codes(Matchers.Reference.Search(carers, request, codes.Length)), Matchers.Codes(result));
        Assert.True(index.Explain(request, new CarerCode("é1")).IsInRegistry);
        Assert.False(index.Explain(request, new CarerCode("e1")).IsInRegistry);
    }

    [Fact]
    public void Explain_finds_ascii_codes_and_rejects_unknown_or_blank_ones()
    {
        var index = CarerIndex.Build([EligibleCarer("C1"), EligibleCarer("C10"), EligibleCarer("C2")]);
        Assert.True(index.Explain(Example(), new CarerCode("C10")).IsInRegistry);
        Assert.Equal("C10", index.Explain(Example(), new CarerCode("C10")).Carer.Value);
        Assert.False(index.Explain(Example(), new CarerCode("C1 ")).IsInRegistry);
        Assert.False(index.Explain(Example(), new CarerCode("Cé")).IsInRegistry);
        Assert.False(index.Explain(Example(), default).IsInRegistry);
    }

    [Fact]
    public void Estimated_bytes_count_the_codes_themselves()
    {
        // Same carers, codes 100 characters longer: the index holds 100 more bytes a carer (ASCII, one byte a character).
        var carers = PropertyRegistry.Generate(2_000, 3, SyntheticTerritory.Small);
        var padded = carers.Select(c => c with { Code = new CarerCode(c.Code.Value + new string('x', 100)) }).ToArray();
        long difference = CarerIndex.Build(padded).EstimatedBytes - CarerIndex.Build(carers).EstimatedBytes;
        Assert.Equal(100L * carers.Length, difference);
    }

    [Fact]
    public void A_search_allocates_nothing_per_carer_scanned()
    {
        // Ties among many equal scores make the heap compare codes often: those comparisons must not allocate either.
        var small = CarerIndex.Build(PropertyRegistry.Generate(2_000, 7, SyntheticTerritory.Small, RegistryGenerators.PersonPool));
        var large = CarerIndex.Build(PropertyRegistry.Generate(40_000, 7, SyntheticTerritory.Small, RegistryGenerators.PersonPool));
        var tied = CarerIndex.Build(Enumerable.Range(0, 40_000).Select(i => EligibleCarer("E" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToArray());
        var request = Fixtures.Random(new Random(3));
        long Allocated(CarerIndex index, MatchRequest r)
        {
            index.Search(r, 10);
            long before = GC.GetAllocatedBytesForCurrentThread();
            index.Search(r, 10);
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }

        long perSmall = Allocated(small, request);
        Assert.InRange(Allocated(large, request) - perSmall, -1024, 1024);
        Assert.InRange(Allocated(tied, Example()), 0, 64 * 1024);
    }
}
