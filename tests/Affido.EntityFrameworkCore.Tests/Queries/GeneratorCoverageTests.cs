using Affido.EntityFrameworkCore.Tests.Support;

namespace Affido.EntityFrameworkCore.Tests.Queries;

/// <summary>
/// The generators of the pre-filter properties reach the cases that matter: every hard filter both keeps and
/// excludes carers, kinship searches find relatives (some through tricky codes), and whole requests keep some carers.
/// </summary>
public sealed class GeneratorCoverageTests
{
    [Fact]
    public void Every_filter_keeps_and_excludes_carers_and_tricky_relatives_are_found()
    {
        var random = new Random(20261127);
        int[] kept = new int[HardFilters.Count];
        int[] excluded = new int[HardFilters.Count];
        int eligibleRequests = 0;
        int kinshipFound = 0;
        int trickyFound = 0;
        for (int round = 0; round < 25; round++)
        {
            var carers = CarerGenerators.EdgyRegistry(random.Next(), random.Next(40, 161));
            var index = CarerIndex.Build(carers);
            foreach (var request in RequestGenerators.Several(random, 8))
            {
                int eligible = 0;
                foreach (var carer in carers)
                {
                    var explanation = index.Explain(request, carer.Code);
                    eligible += explanation.IsEligible ? 1 : 0;
                    for (int k = 0; k < HardFilters.Count; k++)
                    {
                        if (explanation.FailedFilters.Contains(HardFilters.All[k].Filter))
                        {
                            excluded[k]++;
                        }
                        else
                        {
                            kept[k]++;
                        }
                    }

                    if (request.KinshipOnly && !explanation.FailedFilters.Contains(HardFilter.Kinship))
                    {
                        kinshipFound++;
                        trickyFound += request.Minors.Any(m => EdgeValues.TrickyPersons.Contains(m.Code.Value)) ? 1 : 0;
                    }
                }

                eligibleRequests += eligible > 0 ? 1 : 0;
            }
        }

        for (int k = 0; k < HardFilters.Count; k++)
        {
            Assert.True(kept[k] > 0 && excluded[k] > 0, $"{HardFilters.All[k].Filter}: kept {kept[k]}, excluded {excluded[k]}");
        }

        Assert.True(eligibleRequests > 40, $"only {eligibleRequests} requests of 200 keep a carer");
        Assert.True(kinshipFound > 10, $"kinship searches found {kinshipFound} relatives");
        Assert.True(trickyFound > 0, "no relative found through a tricky code");
    }
}
