using Affido.Domain;
using Affido.Matching.Planning;
using Affido.Matching.Tests.Support;
using Affido.TestSupport;
using Affido.TestSupport.Matching;
using FsCheck;
using FsCheck.Fluent;

namespace Affido.Matching.Tests.Planning;

public sealed class PlacementPlannerPropertyTests
{
    private const double Tolerance = 1e-9;
    private const int Tests = 150;

    /// <summary>A small waiting list (1–6 requests, some sibling groups, some urgent) and registry (2–8 carers), from seeds.</summary>
    private static readonly Gen<(FosterCarer[] Carers, PlanningRequest[] Requests, double MinimumScore)> Waiting =
        from registrySeed in Gen.Choose(0, int.MaxValue - 1)
        from carers in Gen.Choose(0, 4)
        from requestSeed in Gen.Choose(0, int.MaxValue - 1)
        from requests in Gen.Choose(1, 6)
        from minimum in Gen.Elements(0.0, 0.0, 0.3, 0.5)
        from open in Gen.Choose(1, 5)
        select (Registry(carers, open, registrySeed), WaitingList(requests, requestSeed), minimum);

    /// <summary>
    /// <paramref name="count"/> random requests; a minor already in an earlier request is renamed (a child is in one
    /// request of a waiting list: the planner rejects a list that repeats one).
    /// </summary>
    private static PlanningRequest[] WaitingList(int count, int seed)
    {
        var seen = new HashSet<MinorCode>();
        return Enumerable.Range(0, count).Select(i =>
        {
            var random = new Random(seed + i);
            var request = Fixtures.Random(random) with { Id = "R" + i, IncludeInAssessment = true, KinshipOnly = false };
            var minors = request.Minors.Select(m => seen.Add(m.Code) ? m : m with { Code = new MinorCode(m.Code.Value + "-R" + i) }).ToValueArray();
            return new PlanningRequest(request with { Minors = minors }, random.Next(4) == 0 ? 2.5 : 1.0);
        }).ToArray();
    }

    /// <summary>
    /// Synthetic carers (realistic, most fail some filter of a random request) plus <paramref name="open"/> carers who
    /// accept every form and need, with random towns, places, age ranges and waiting times: many feasible pairs.
    /// </summary>
    private static FosterCarer[] Registry(int synthetic, int open, int seed)
    {
        var random = new Random(seed);
        var towns = SyntheticTerritory.Small.Municipalities;
        var openCarers = Enumerable.Range(0, open).Select(i =>
        {
            int minAge = random.Next(0, 9);
            var carer = Fixtures.EligibleCarer("O" + i).WithAvailability(a => a with { Places = random.Next(1, 4), Ages = new AgeRange(minAge, random.Next(minAge + 4, 18)) });
            return carer with
            {
                Municipality = towns[random.Next(towns.Count)],
                Experience = new Experience(random.Next(0, 5), random.Next(0, 60)),
                WaitingSince = Fixtures.Start.PlusDays(-random.Next(0, 700)),
            };
        });
        return [.. PropertyRegistry.Generate(synthetic, seed, SyntheticTerritory.Small, RegistryGenerators.PersonPool), .. openCarers];
    }

    [Property(MaxTest = Tests)]
    public Property The_plan_is_optimal_and_only_proposes_feasible_pairs() =>
        Prop.ForAll(Arb.From(Waiting), t =>
        {
            var (carers, requests, minimum) = t;
            var index = CarerIndex.Build(carers);
            var options = new PlanningOptions(minimum);
            var plan = PlacementPlanner.Plan(requests, index, options);
            var (count, total) = ToInstance(PlacementPlanner.ScoreMatrix(requests, index, options)).BruteForce(AssignmentObjective.Maximize);

            var byId = requests.ToDictionary(r => r.Request.Id);
            bool pairsAreFeasible = plan.Placements.All(p =>
            {
                var request = byId[p.RequestId].Request;
                var explanation = index.Explain(request, p.Carer);
                var carer = carers.Single(c => c.Code == p.Carer);
                return explanation.IsEligible
                    && explanation.Score >= minimum
                    && Math.Abs(explanation.Score!.Value - p.Score) < Tolerance
                    && carer.Availability.Places >= request.GroupSize
                    && p.Minors.SequenceEqual(request.Minors.Select(m => m.Code)); // the whole group, on one carer
            });

            return plan.Placements.Count == count
                && Math.Abs(plan.WeightedTotal - total) < Tolerance
                && plan.Placements.Select(p => p.Carer).Distinct().Count() == plan.Placements.Count
                && plan.Placements.Count + plan.Unplaced.Count == requests.Length
                && plan.Unplaced.All(u => (u.FeasibleCarers == 0) == (u.Reason == UnplacedReason.NoFeasibleCarer))
                && pairsAreFeasible;
        });

    [Property(MaxTest = Tests)]
    public Property The_one_scan_planner_equals_the_dense_reference_planner() =>
        Prop.ForAll(Arb.From(Waiting), t =>
        {
            var (carers, requests, minimum) = t;
            var index = CarerIndex.Build(carers);
            var options = new PlanningOptions(minimum);
            var matrix = PlacementPlanner.ScoreMatrix(requests, index, options);
            var reference = ReferencePlanner.ScoreMatrix(requests, carers, index, minimum);

            // The same pairs in the same order, with bit-identical values; then the same plans, ties included.
            Assert.Equal(reference.RowStarts.ToArray(), matrix.RowStarts.ToArray());
            Assert.Equal(reference.ColumnIndices.ToArray(), matrix.ColumnIndices.ToArray());
            Assert.Equal(reference.Values.ToArray().Select(BitConverter.DoubleToInt64Bits), matrix.Values.ToArray().Select(BitConverter.DoubleToInt64Bits));
            Assert.Equal(ReferencePlanner.Plan(requests, carers, index, minimum), PlacementPlanner.Plan(requests, index, options));
            Assert.Equal(ReferencePlanner.PlanGreedy(requests, carers, index, minimum), PlacementPlanner.PlanGreedy(requests, index, options));
        });

    [Property(MaxTest = Tests)]
    public Property The_greedy_plan_never_beats_the_optimal_one() =>
        Prop.ForAll(Arb.From(Waiting), t =>
        {
            var index = CarerIndex.Build(t.Carers);
            var options = new PlanningOptions(t.MinimumScore);
            var optimal = PlacementPlanner.Plan(t.Requests, index, options);
            var greedy = PlacementPlanner.PlanGreedy(t.Requests, index, options);
            return greedy.Placements.Count < optimal.Placements.Count
                || (greedy.Placements.Count == optimal.Placements.Count && greedy.WeightedTotal <= optimal.WeightedTotal + Tolerance);
        });

    [Property(MaxTest = Tests)]
    public Property Adding_a_carer_never_lowers_the_optimum()
    {
        var gen = from t in Waiting
                  from seed in Gen.Choose(0, int.MaxValue - 1)
                  select (t, extra: PropertyRegistry.Generate(1, seed, SyntheticTerritory.Small, RegistryGenerators.PersonPool)[0] with { Code = new CarerCode("EXTRA") });
        return Prop.ForAll(Arb.From(gen), x =>
        {
            var options = new PlanningOptions(x.t.MinimumScore);
            var before = PlacementPlanner.Plan(x.t.Requests, CarerIndex.Build(x.t.Carers), options);
            var after = PlacementPlanner.Plan(x.t.Requests, CarerIndex.Build([.. x.t.Carers, x.extra]), options);
            return after.Placements.Count > before.Placements.Count
                || (after.Placements.Count == before.Placements.Count && after.WeightedTotal >= before.WeightedTotal - Tolerance);
        });
    }

    [Property(MaxTest = Tests)]
    public Property The_optimum_does_not_depend_on_the_order_of_requests_and_carers()
    {
        var gen = from t in Waiting
                  from seed in Gen.Choose(0, int.MaxValue - 1)
                  select (t, seed);
        return Prop.ForAll(Arb.From(gen), x =>
        {
            var (carers, requests, minimum) = x.t;
            var random = new Random(x.seed);
            var shuffledCarers = carers.ToArray();
            var shuffledRequests = requests.ToArray();
            random.Shuffle(shuffledCarers);
            random.Shuffle(shuffledRequests);
            var options = new PlanningOptions(minimum);
            var plan = PlacementPlanner.Plan(requests, CarerIndex.Build(carers), options);
            var shuffled = PlacementPlanner.Plan(shuffledRequests, CarerIndex.Build(shuffledCarers), options);
            return plan.Placements.Count == shuffled.Placements.Count
                && Math.Abs(plan.WeightedTotal - shuffled.WeightedTotal) < Tolerance
                && plan.Unplaced.Where(u => u.Reason == UnplacedReason.NoFeasibleCarer).Select(u => u.RequestId).Order(StringComparer.Ordinal)
                    .SequenceEqual(shuffled.Unplaced.Where(u => u.Reason == UnplacedReason.NoFeasibleCarer).Select(u => u.RequestId).Order(StringComparer.Ordinal));
        });
    }

    private static Instance ToInstance(SparseScoreMatrix matrix)
    {
        double[] values = new double[matrix.Rows * matrix.Columns];
        bool[] feasible = new bool[values.Length];
        for (int r = 0; r < matrix.Rows; r++)
        {
            for (int k = matrix.RowStarts[r]; k < matrix.RowStarts[r + 1]; k++)
            {
                values[(r * matrix.Columns) + matrix.ColumnIndices[k]] = matrix.Values[k];
                feasible[(r * matrix.Columns) + matrix.ColumnIndices[k]] = true;
            }
        }

        return new Instance(matrix.Rows, matrix.Columns, values, feasible);
    }
}
