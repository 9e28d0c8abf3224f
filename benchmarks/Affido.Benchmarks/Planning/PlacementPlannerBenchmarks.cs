using Affido.Domain;
using Affido.Matching;
using Affido.Matching.Planning;
using Affido.TestSupport.Matching;
using BenchmarkDotNet.Attributes;
using NodaTime;

namespace Affido.Benchmarks.Planning;

/// <summary>
/// The whole planner on a synthetic registry: one scan of the <see cref="CarerIndex"/> per request, the feasible pairs
/// scored into the sparse matrix, then the exact sparse solver; against the greedy planner (the same scans, each
/// request taking its best free carer, no matrix) on the same waiting list. Each child has one need at medium level
/// (high for one in five) and only approved carers are searched: about 5 % of the pairs are feasible (4.9 % at
/// 1,000 requests × 10,000 carers), issue 16's case.
/// </summary>
[MemoryDiagnoser]
public class PlacementPlannerBenchmarks
{
    private CarerIndex index = null!;
    private PlanningRequest[] waiting = [];

    /// <summary>Requests on the waiting list; the registry has ten times as many carers.</summary>
    [Params(100, 1000)]
    public int Requests { get; set; }

    /// <summary>Builds the registry and the waiting list.</summary>
    [GlobalSetup]
    public void Setup()
    {
        index = CarerIndex.Build(PropertyRegistry.Generate(Requests * 10, seed: 42, SyntheticTerritory.Large));
        var random = new Random(7);
        var towns = SyntheticTerritory.Large.Municipalities;
        var start = PropertyRegistry.ReferenceDate;
        waiting = Enumerable.Range(0, Requests).Select(i =>
        {
            int size = random.Next(100) < 75 ? 1 : random.Next(2, 4);
            var group = size > 1 ? new SiblingGroupId("S" + i) : (SiblingGroupId?)null;
            var minors = Enumerable.Range(0, size)
                .Select(k => new Minor
                {
                    Code = new MinorCode($"M{i}-{k}"),
                    BirthDate = start.PlusDays(-random.Next(0, 17 * 365)),
                    Sex = Sex.Female,
                    SiblingGroup = group,
                    Needs = NeedProfile.None.With((NeedCategory)random.Next(NeedProfile.CategoryCount), random.Next(5) == 0 ? NeedLevel.High : NeedLevel.Medium),
                })
                .ToValueArray();
            var request = new MatchRequest
            {
                Id = "R" + i,
                Minors = minors,
                Form = PlacementForm.Ordinary,
                Arrangement = TimeArrangement.FullTime,
                ExpectedStart = start,
                ExpectedDuration = Period.FromMonths(12),
                FamilyOfOrigin = towns[random.Next(towns.Count)],
                Languages = [LanguageCode.Italian],
                IncludeInAssessment = false,
            };
            return new PlanningRequest(request, random.Next(10) == 0 ? 2.0 : 1.0);
        }).ToArray();
    }

    /// <summary>Greedy, first come first served (no score matrix).</summary>
    [Benchmark(Baseline = true)]
    public double Greedy() => PlacementPlanner.PlanGreedy(waiting, index).WeightedTotal;

    /// <summary>The exact planner.</summary>
    [Benchmark]
    public double Plan() => PlacementPlanner.Plan(waiting, index).WeightedTotal;
}
