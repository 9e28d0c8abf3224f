using Affido.Domain;
using Affido.Matching;
using Affido.Matching.Planning;

namespace Affido.Demo;

/// <summary>Plans a waiting list at once (exact assignment) and shows it next to first-come-first-served matching.</summary>
internal static class PlanningSection
{
    /// <summary>Pairs scoring below this are not proposed: a district would not place a child with a poorly suited carer far away.</summary>
    public const double MinimumScore = 0.60;

    public static void Write(TextWriter output, CarerIndex index, IReadOnlyDictionary<CarerCode, FosterCarer> carers, IReadOnlyList<DemoRequest> waitingList)
    {
        DemoApp.Heading(output, "Pianificazione della lista d'attesa / waiting-list planning");
        output.WriteLine(DemoApp.Invariant($"  {waitingList.Count} richieste pianificate insieme (massimo punteggio totale, fratelli sempre insieme, una richiesta per famiglia)"));
        output.WriteLine("  accanto all'abbinamento una alla volta, in ordine di arrivo / planned together (maximum total score, siblings together,");
        output.WriteLine("  one request per carer) next to matching one at a time in order of arrival (first come, first served).");
        output.WriteLine(DemoApp.Invariant($"  Abbinamenti con punteggio sotto {MinimumScore:F2} non proposti / pairs scoring below {MinimumScore:F2} are not proposed."));

        var requests = waitingList.Select(r => new PlanningRequest(r.ToMatchRequest(), r.Urgency)).ToArray();
        var options = new PlanningOptions(MinimumScore);
        var optimal = PlacementPlanner.Plan(requests, index, options);
        var greedy = PlacementPlanner.PlanGreedy(requests, index, options);

        var table = new TextTable("Richiesta", "Minori>", "Urg.>", "Piano ottimo / planned", "Punt.>", "In ordine di arrivo / FCFS", "Punt.>");
        foreach (var request in waitingList)
        {
            var planned = optimal.Placements.FirstOrDefault(p => p.RequestId == request.Id);
            var first = greedy.Placements.FirstOrDefault(p => p.RequestId == request.Id);
            table.Add(
                request.Id,
                DemoApp.Invariant($"{request.Minors.Count}"),
                DemoApp.Invariant($"{request.Urgency:0.#}"),
                Describe(planned, optimal, request.Id, carers),
                planned is null ? "-" : DemoApp.Invariant($"{planned.Score:F3}"),
                Describe(first, greedy, request.Id, carers),
                first is null ? "-" : DemoApp.Invariant($"{first.Score:F3}"));
        }
        output.WriteLine();
        table.WriteTo(output);
        output.WriteLine();
        output.WriteLine(DemoApp.Invariant($"  Piano ottimo / planned:              {optimal.Placements.Count} richieste, {optimal.PlacedMinors} minori collocati, punteggio totale {optimal.TotalScore:F3} (pesato per urgenza {optimal.WeightedTotal:F3})"));
        output.WriteLine(DemoApp.Invariant($"  In ordine di arrivo / first come:    {greedy.Placements.Count} richieste, {greedy.PlacedMinors} minori collocati, punteggio totale {greedy.TotalScore:F3} (pesato per urgenza {greedy.WeightedTotal:F3})"));
        int more = optimal.PlacedMinors - greedy.PlacedMinors;
        if (more > 0)
        {
            output.WriteLine(DemoApp.Invariant($"  Pianificando insieme si collocano {more} minori in più / planning together places {more} more minors."));
        }
    }

    private static string Describe(PlannedPlacement? placement, WaitingListPlan plan, string requestId, IReadOnlyDictionary<CarerCode, FosterCarer> carers)
    {
        if (placement is not null)
        {
            var carer = carers[placement.Carer];
            return $"{placement.Carer} ({carer.Municipality.Name})";
        }
        var unplaced = plan.Unplaced.FirstOrDefault(u => u.RequestId == requestId);
        return unplaced?.Reason switch
        {
            UnplacedReason.NoFeasibleCarer => "NON COLLOCATA: nessuna compatibile",
            UnplacedReason.FeasibleCarersTaken => DemoApp.Invariant($"NON COLLOCATA: compatibili {unplaced.FeasibleCarers}, già assegnate"),
            _ => "-",
        };
    }
}
