using Affido.Domain;
using Affido.Matching.Planning;
using Affido.Matching.Tests.Support;

namespace Affido.Matching.Tests.Planning;

public sealed class PlacementPlannerTests
{
    // Carer A lives in the children's own town and takes any age; carer B is further away and takes only children up to 10.
    private static readonly FosterCarer CarerA = Fixtures.EligibleCarer("C-A") with { Municipality = Fixtures.Town(0) };
    private static readonly FosterCarer CarerB = Fixtures.EligibleCarer("C-B").WithAvailability(a => a with { Ages = new AgeRange(0, 10) });

    private static PlanningRequest Single(string id, int years, double urgency = 1.0, PlacementForm form = PlacementForm.Ordinary) =>
        new(Fixtures.Example(Fixtures.Child("M-" + id, years)) with { Id = id, Form = form }, urgency);

    [Fact]
    public void Greedy_matching_places_fewer_children_than_the_planner()
    {
        // R1 (5 years old) prefers A, but could go to B; R2 (15) can only go to A.
        var index = CarerIndex.Build([CarerA, CarerB]);
        PlanningRequest[] waiting = [Single("R1", 5), Single("R2", 15)];

        var greedy = PlacementPlanner.PlanGreedy(waiting, index);
        var plan = PlacementPlanner.Plan(waiting, index);

        // Greedy: R1 takes its best carer A, and R2 is left with nobody.
        Assert.Equal(["R1:C-A"], greedy.Placements.Select(p => $"{p.RequestId}:{p.Carer.Value}"));
        Assert.Equal(new UnplacedRequest("R2", UnplacedReason.FeasibleCarersTaken, 1), Assert.Single(greedy.Unplaced));
        Assert.Equal(1, greedy.PlacedMinors);

        // Planner: R1 goes to B so that R2 can go to A; both children placed.
        Assert.Equal(["R1:C-B", "R2:C-A"], plan.Placements.Select(p => $"{p.RequestId}:{p.Carer.Value}"));
        Assert.Empty(plan.Unplaced);
        Assert.Equal(2, plan.PlacedMinors);
        Assert.True(plan.TotalScore > greedy.TotalScore);
    }

    [Fact]
    public void An_urgent_request_beats_a_better_scoring_ordinary_one_when_the_multiplier_says_so()
    {
        // One carer in the ordinary request's own town; the emergency comes from further away and scores lower.
        var index = CarerIndex.Build([CarerA]);
        var ordinary = Single("ORD", 8);
        var emergency = new PlanningRequest(Fixtures.Example(Fixtures.Child("M-EM", 8)) with { Id = "EM", Form = PlacementForm.Emergency, FamilyOfOrigin = Fixtures.Town(7) });
        double ordinaryScore = index.Explain(ordinary.Request, CarerA.Code).Score!.Value;
        double emergencyScore = index.Explain(emergency.Request, CarerA.Code).Score!.Value;
        Assert.True(ordinaryScore > emergencyScore);

        var withoutUrgency = PlacementPlanner.Plan([ordinary, emergency], index);
        Assert.Equal("ORD", Assert.Single(withoutUrgency.Placements).RequestId);

        double urgency = (ordinaryScore / emergencyScore) * 1.01;
        var withUrgency = PlacementPlanner.Plan([ordinary, emergency with { Urgency = urgency }], index);
        var placed = Assert.Single(withUrgency.Placements);
        Assert.Equal("EM", placed.RequestId);
        Assert.Equal(emergencyScore, placed.Score, 12);
        Assert.Equal(emergencyScore * urgency, withUrgency.WeightedTotal, 12);
        Assert.Equal(new UnplacedRequest("ORD", UnplacedReason.FeasibleCarersTaken, 1), Assert.Single(withUrgency.Unplaced));

        // Just below the break-even multiplier the ordinary request keeps the carer.
        var below = PlacementPlanner.Plan([ordinary, emergency with { Urgency = (ordinaryScore / emergencyScore) * 0.99 }], index);
        Assert.Equal("ORD", Assert.Single(below.Placements).RequestId);
    }

    [Fact]
    public void A_sibling_group_goes_whole_to_a_carer_with_enough_places_or_not_at_all()
    {
        var twoPlaces = Fixtures.EligibleCarer("C-2").WithAvailability(a => a with { Places = 2 });
        var threePlaces = Fixtures.EligibleCarer("C-3").WithAvailability(a => a with { Places = 3 });
        var group = new SiblingGroupId("S-1");
        var siblings = new PlanningRequest(Fixtures.Example(
            Fixtures.Child("M-1", 4, group), Fixtures.Child("M-2", 6, group), Fixtures.Child("M-3", 9, group)) with { Id = "SIB" });

        var withRoom = PlacementPlanner.Plan([siblings], CarerIndex.Build([twoPlaces, threePlaces]));
        var placed = Assert.Single(withRoom.Placements);
        Assert.Equal("C-3", placed.Carer.Value);
        Assert.Equal(["M-1", "M-2", "M-3"], placed.Minors.Select(m => m.Value));
        Assert.Equal(3, withRoom.PlacedMinors);

        var withoutRoom = PlacementPlanner.Plan([siblings], CarerIndex.Build([twoPlaces]));
        Assert.Empty(withoutRoom.Placements);
        Assert.Equal(new UnplacedRequest("SIB", UnplacedReason.NoFeasibleCarer, 0), Assert.Single(withoutRoom.Unplaced));
    }

    [Fact]
    public void Pairs_below_the_minimum_score_are_infeasible()
    {
        var index = CarerIndex.Build([CarerB]);
        var request = Single("R1", 5);
        double score = index.Explain(request.Request, CarerB.Code).Score!.Value;

        Assert.Single(PlacementPlanner.Plan([request], index, new PlanningOptions(score)).Placements);
        var above = PlacementPlanner.Plan([request], index, new PlanningOptions(Math.BitIncrement(score)));
        Assert.Equal(new UnplacedRequest("R1", UnplacedReason.NoFeasibleCarer, 0), Assert.Single(above.Unplaced));
    }

    [Fact]
    public void Each_placement_carries_the_explanation_of_its_pair()
    {
        var index = CarerIndex.Build([CarerA, CarerB]);
        var request = Single("R1", 5);
        var placed = Assert.Single(PlacementPlanner.Plan([request], index).Placements);
        var explanation = index.Explain(request.Request, placed.Carer);
        Assert.Equal(explanation.Score, placed.Score);
        Assert.Equal(explanation.Breakdown, placed.Breakdown);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(1.0000000000000001e200)]
    [InlineData(double.MaxValue)]
    public void An_urgency_that_is_not_a_positive_number_up_to_the_solvers_largest_entry_is_rejected(double urgency)
    {
        var index = CarerIndex.Build([CarerA]);
        foreach (var plan in new Action[] { () => PlacementPlanner.Plan([Single("R1", 5, urgency)], index), () => PlacementPlanner.PlanGreedy([Single("R1", 5, urgency)], index) })
        {
            var error = Assert.Throws<ArgumentOutOfRangeException>(plan);
            Assert.Equal("requests", error.ParamName);
            Assert.Contains("urgency of request 'R1'", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_largest_urgency_is_accepted_and_its_weighted_total_stays_finite()
    {
        var plan = PlacementPlanner.Plan([Single("R1", 5, LinearAssignment.MaxMagnitude)], CarerIndex.Build([CarerA]));
        var placed = Assert.Single(plan.Placements);
        Assert.True(double.IsFinite(plan.WeightedTotal) && plan.WeightedTotal > 0);
        Assert.Equal(LinearAssignment.MaxMagnitude, placed.Urgency);
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    [InlineData(double.NaN)]
    public void A_minimum_score_outside_the_unit_interval_is_rejected(double minimum) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => PlacementPlanner.Plan([Single("R1", 5)], CarerIndex.Build([CarerA]), new PlanningOptions(minimum)));

    [Fact]
    public void An_empty_waiting_list_gives_an_empty_plan()
    {
        var plan = PlacementPlanner.Plan([], CarerIndex.Build([CarerA]));
        Assert.Empty(plan.Placements);
        Assert.Empty(plan.Unplaced);
        Assert.Equal(0, plan.WeightedTotal);
    }
}
