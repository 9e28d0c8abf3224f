using Affido.Matching.Tests.Support;
using Affido.TestSupport;
using Affido.TestSupport.Matching;
using FsCheck;
using FsCheck.Fluent;

namespace Affido.Matching.Tests.Index;

/// <summary>
/// The scan's first pass, eight carers at a time (AVX2) and one at a time, gives the same search: candidates, scores,
/// exclusion counts. The other index properties run the vector pass (the default where AVX2 is present) against the
/// reference matcher; these pin the scalar pass, which other processors run, to it.
/// </summary>
public sealed class VectorScanTests
{
    [Property(MaxTest = 60)]
    public Property The_vector_and_the_scalar_first_pass_give_the_same_result()
    {
        // Registries of 100-400 carers, cut to any length so that every remainder of a group of eight occurs.
        var gen = from c in CarerIndexProperties.Cases.Generator
                  from cut in Gen.Choose(0, 7)
                  select (c with { Carers = c.Carers[..Math.Max(0, c.Carers.Length - cut)] });
        return Prop.ForAll(Arb.From(gen), c =>
        {
            var index = CarerIndex.Build(c.Carers);
            var scalar = index.SearchSingleThreaded(c.Request, c.Top, vector: false);
            Assert.Equal(scalar, index.SearchSingleThreaded(c.Request, c.Top, vector: true));
            Assert.Equal(Matchers.Codes(Matchers.Reference.Search(c.Carers, c.Request, c.Top)), Matchers.Codes(scalar));
        });
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(1023)]
    [InlineData(1024)]
    [InlineData(1025)]
    [InlineData(3000)]
    public void Both_passes_count_every_carer_once_whatever_the_registry_length(int carers)
    {
        // Lengths around a group of eight and a block of 1,024: the tail of each goes through the scalar pass.
        var index = CarerIndex.Build(PropertyRegistry.Generate(carers, 5, SyntheticTerritory.Large, RegistryGenerators.PersonPool));
        var request = Fixtures.Example() with { FamilyOfOrigin = SyntheticTerritory.Large.Municipalities[3], School = null, IncludeInAssessment = true };
        var vector = index.SearchSingleThreaded(request, 20, vector: true);
        var scalar = index.SearchSingleThreaded(request, 20, vector: false);
        Assert.Equal(scalar, vector);
        Assert.Equal(carers, vector.Scanned);
        Assert.Equal(carers - vector.Eligible, vector.Exclusions.Sum(e => e.Count));
    }
}
