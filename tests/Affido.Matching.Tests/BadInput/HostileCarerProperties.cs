using Affido.Domain;
using Affido.Matching.Tests.Support;
using Affido.TestSupport;
using FsCheck;
using FsCheck.Fluent;

namespace Affido.Matching.Tests.BadInput;

/// <summary>
/// On careless registries the index either refuses the registry with an <see cref="ArgumentException"/> naming a carer,
/// or indexes it and then agrees with the specifications carer by carer, with finite scores in [0, 1].
/// </summary>
public sealed class HostileCarerProperties
{
    [Property(Hostile = true)]
    public Property The_index_refuses_a_registry_by_name_or_keeps_what_the_specifications_keep() => Prop.ForAll(HostileCarers.Arbitrary, c =>
    {
        CarerIndex index;
        try
        {
            index = CarerIndex.Build(c.Carers);
        }
        catch (ArgumentException error)
        {
            Assert.Equal("carers", error.ParamName);
            Assert.Contains("The carer '", error.Message, StringComparison.Ordinal);
            return;
        }

        var result = index.Search(c.Request, c.Carers.Length);
        Assert.All(result.Candidates, x => Assert.True(double.IsFinite(x.Score) && x.Score is >= 0 and <= 1));
        var prefilter = HardFilters.Prefilter(c.Request);
        var kept = c.Carers.Where(prefilter.IsSatisfiedBy).Select(x => x.Code).Order().ToList();
        Assert.Equal(kept, result.Candidates.Select(x => x.Carer).Order().ToList());
        foreach (var carer in c.Carers.Take(10))
        {
            var explanation = index.Explain(c.Request, carer.Code);
            Assert.Equal(kept.Contains(carer.Code), explanation.IsEligible);
        }
    });
}
