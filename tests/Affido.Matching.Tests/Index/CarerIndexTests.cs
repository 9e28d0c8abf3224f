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
        var carers = SyntheticRegistry.Generate(3000, 5, SyntheticTerritory.Small, RegistryGenerators.PersonPool);
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
        var carers = SyntheticRegistry.Generate(20_000, 3, SyntheticTerritory.Large);
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
}
