using System.Globalization;
using System.Text;
using Affido.Domain;
using Affido.Matching.Planning;
using NodaTime;

namespace Affido.Matching.Tests.Planning;

/// <summary>The example of docs/planning.md ("Batch planning"), kept compiling and checked here.</summary>
public sealed class WaitingListExample
{
    // --- docs/planning.md: begin ---
    private static readonly Province SondrioProvince = new("014", "SO", "Sondrio", new Region("03", "Lombardia"));
    private static readonly Municipality Sondrio = new(new IstatCode("014061"), "Sondrio", SondrioProvince, new DistrictCode("SO-SONDRIO"));
    private static readonly Municipality Morbegno = new(new IstatCode("014045"), "Morbegno", SondrioProvince, new DistrictCode("SO-MORBEGNO"));
    private static readonly Municipality Tirano = new(new IstatCode("014066"), "Tirano", SondrioProvince, new DistrictCode("SO-TIRANO"));
    private static readonly LocalDate Today = new(2026, 3, 2);

    private static FosterCarer Carer(string code, Municipality town, int places, int minAge, int maxAge, params PlacementForm[] forms) => new FosterCarer
    {
        Code = new CarerCode(code),
        Municipality = town,
        Household = new Household(HouseholdType.Couple),
        Experience = new Experience(PreviousPlacements: 1, TrainingHours: 20),
        Status = AssessmentStatus.Approved,
        DataProcessingConsent = new DataProcessingConsent(Today.PlusYears(-1)),
        Service = new FosterCareService("Servizio affidi", "Via Roma 1, Sondrio", "0342 000000", "affidi@example.org"),
        Availability = new Availability
        {
            Forms = forms.ToValueArray(),
            Arrangements = [TimeArrangement.FullTime],
            Ages = new AgeRange(minAge, maxAge),
            Places = places,
            AcceptedNeeds = NeedProfile.AllHigh,
            From = Today.PlusMonths(-2),
        },
        WaitingSince = Today.PlusMonths(-8),
        Languages = [LanguageCode.Italian],
    };

    private static PlanningRequest Request(string id, Municipality origin, PlacementForm form, double urgency, params int[] ages)
    {
        var group = ages.Length > 1 ? new SiblingGroupId("G-" + id) : (SiblingGroupId?)null;
        var minors = ages.Select((age, k) => new Minor
        {
            Code = new MinorCode($"{id}-{k + 1}"),
            BirthDate = Today.PlusYears(-age).PlusDays(-30),
            Sex = Sex.Female,
            SiblingGroup = group,
        });
        var request = new MatchRequest
        {
            Id = id,
            Minors = minors.ToValueArray(),
            Form = form,
            Arrangement = TimeArrangement.FullTime,
            ExpectedStart = Today,
            ExpectedDuration = Period.FromMonths(12),
            FamilyOfOrigin = origin,
            Languages = [LanguageCode.Italian],
        };
        return new PlanningRequest(request, urgency);
    }

    public static string Run()
    {
        var index = CarerIndex.Build(
        [
            Carer("C-101", Sondrio, places: 2, minAge: 0, maxAge: 12, PlacementForm.Ordinary),
            Carer("C-102", Morbegno, places: 3, minAge: 0, maxAge: 17, PlacementForm.Ordinary),
            Carer("C-103", Tirano, places: 1, minAge: 10, maxAge: 17, PlacementForm.Ordinary, PlacementForm.Emergency),
            Carer("C-104", Sondrio, places: 1, minAge: 0, maxAge: 10, PlacementForm.Ordinary),
        ]);
        PlanningRequest[] waitingList =
        [
            Request("WL-1", Sondrio, PlacementForm.Ordinary, urgency: 1.0, 7),        // one child, 7
            Request("WL-2", Morbegno, PlacementForm.Ordinary, urgency: 1.0, 4, 9),    // two siblings, kept together
            Request("WL-3", Tirano, PlacementForm.Emergency, urgency: 1.5, 13),       // emergency placement
            Request("WL-4", Sondrio, PlacementForm.Ordinary, urgency: 1.0, 11),
        ];

        var text = new StringBuilder();
        foreach (var (name, plan) in new[] { ("greedy", PlacementPlanner.PlanGreedy(waitingList, index)), ("optimal", PlacementPlanner.Plan(waitingList, index)) })
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{name}: {plan.PlacedMinors} minors placed, total score {plan.TotalScore:0.000} (weighted {plan.WeightedTotal:0.000})");
            foreach (var p in plan.Placements)
            {
                var best = p.Breakdown.OrderByDescending(c => c.Score * c.Weight).First();
                text.AppendLine(CultureInfo.InvariantCulture, $"  {p.RequestId} ({p.Minors.Count} minor(s)) -> {p.Carer}  score {p.Score:0.000}  urgency {p.Urgency}  strongest: {best.Criterion} {best.Score:0.00}");
            }

            foreach (var u in plan.Unplaced)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  {u.RequestId} not placed: {u.Reason} ({u.FeasibleCarers} feasible carer(s))");
            }
        }

        return text.ToString();
    }
    // --- docs/planning.md: end ---

    [Fact]
    public void The_optimal_plan_places_more_minors_than_greedy()
    {
        string output = Run();
        Assert.Contains("greedy: 4 minors placed", output, StringComparison.Ordinal);
        Assert.Contains("WL-4 not placed: FeasibleCarersTaken (3 feasible carer(s))", output, StringComparison.Ordinal);
        Assert.Contains("optimal: 5 minors placed", output, StringComparison.Ordinal);
        Assert.Contains("WL-4 (1 minor(s)) -> C-101", output, StringComparison.Ordinal);
    }
}
