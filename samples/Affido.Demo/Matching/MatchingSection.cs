using System.Diagnostics;
using Affido.Domain;
using Affido.Matching;
using Affido.TestSupport;
using FluentValidation;

namespace Affido.Demo;

/// <summary>Ranks carers for each request: the top candidates with their per-criterion breakdown, and who was excluded by which filter.</summary>
internal static class MatchingSection
{
    public const int Top = 5;

    public static void Write(TextWriter output, CarerIndex index, IReadOnlyDictionary<CarerCode, FosterCarer> carers, LombardyTerritory territory, IReadOnlyList<DemoRequest> requests, IValidator<MatchRequest> validator)
    {
        DemoApp.Heading(output, "Ricerca delle famiglie / carer search");
        output.WriteLine(DemoApp.Invariant($"  Per ogni richiesta: le prime {Top} famiglie con il punteggio (0-1) e il dettaglio per criterio, e quante famiglie ogni filtro ha escluso."));
        output.WriteLine(DemoApp.Invariant($"  For each request: the top {Top} carers with their score (0-1) and per-criterion breakdown, and how many carers each filter excluded."));
        if (requests.Count > 0 && validator.Validate(requests[0].ToMatchRequest()).IsValid)
        {
            index.Search(requests[0].ToMatchRequest(), Top); // warm-up, so the times shown are those of a running service
        }
        foreach (var request in requests)
        {
            WriteRequest(output, index, carers, territory, request, validator);
        }
        output.WriteLine();
        output.WriteLine("  Legenda dei criteri / criteria (peso = weight, in MatchingOptions):");
        foreach (var criterion in Enum.GetValues<Criterion>())
        {
            output.WriteLine(DemoApp.Invariant($"    {Labels.CriterionHeader(criterion),-8} {Labels.CriterionName(criterion)} (peso {index.Options.WeightOf(criterion):0.#})"));
        }
    }

    private static void WriteRequest(TextWriter output, CarerIndex index, IReadOnlyDictionary<CarerCode, FosterCarer> carers, LombardyTerritory territory, DemoRequest request, IValidator<MatchRequest> validator)
    {
        output.WriteLine();
        output.WriteLine($"▶ {request.Title}");
        output.WriteLine(DemoApp.Invariant($"  Richiesta {request.Id}: {Describe(request, territory)}"));
        var matchRequest = request.ToMatchRequest();
        var validation = validator.Validate(matchRequest);
        if (!validation.IsValid)
        {
            output.WriteLine("  Richiesta non valida / invalid request: " + string.Join("; ", validation.Errors.Select(e => e.ErrorMessage)));
            return;
        }

        var stopwatch = Stopwatch.StartNew();
        var result = index.Search(matchRequest, Top);
        stopwatch.Stop();
        output.WriteLine(DemoApp.Invariant($"  Famiglie esaminate / scanned: {result.Scanned:N0}; compatibili / eligible: {result.Eligible:N0} (ricerca in {stopwatch.Elapsed.TotalMilliseconds:F1} ms)."));
        if (result.Candidates.IsEmpty)
        {
            output.WriteLine("  Nessuna famiglia compatibile / no eligible carer: vedi le esclusioni qui sotto per capire quale vincolo allentare.");
        }
        else
        {
            var criteria = Enum.GetValues<Criterion>()
                .Where(c => result.Candidates.Any(candidate => candidate.Breakdown.Any(b => b.Criterion == c && b.Weight > 0)))
                .ToArray();
            var headers = new List<string> { "#>", "Famiglia", "Comune (prov.)", "Nucleo", "Posti>", "Punteggio>" };
            headers.AddRange(criteria.Select(c => Labels.CriterionHeader(c) + ">"));
            var table = new TextTable([.. headers]);
            foreach (var candidate in result.Candidates)
            {
                var carer = carers[candidate.Carer];
                var cells = new List<string>
                {
                    DemoApp.Invariant($"{candidate.Rank}"),
                    candidate.Carer.Value,
                    $"{carer.Municipality.Name} ({carer.Municipality.Province.Abbreviation})",
                    Labels.Household(carer.Household, request.Start),
                    DemoApp.Invariant($"{carer.Availability.Places}"),
                    DemoApp.Invariant($"{candidate.Score:F3}"),
                };
                cells.AddRange(criteria.Select(c => candidate.Breakdown.FirstOrDefault(b => b.Criterion == c) is { } score ? DemoApp.Invariant($"{score.Score:F2}") : "-"));
                table.Add([.. cells]);
            }
            output.WriteLine();
            table.WriteTo(output);
        }

        var exclusions = new TextTable("Escluse perché / excluded because", "Famiglie>");
        foreach (var exclusion in result.Exclusions.Where(e => e.Count > 0))
        {
            exclusions.Add(Labels.Reason(exclusion.Filter), DemoApp.Invariant($"{exclusion.Count:N0}"));
        }
        if (exclusions.RowCount > 0)
        {
            output.WriteLine();
            exclusions.WriteTo(output);
            output.WriteLine("  (ogni famiglia è contata sotto il primo filtro che non supera / each carer counted under the first filter it fails)");
        }

        WriteWhyNot(output, index, carers, request, matchRequest, result);
    }

    /// <summary>"Why not this carer?": the nearest carer to the family that the search excluded, and the filters it fails.</summary>
    private static void WriteWhyNot(TextWriter output, CarerIndex index, IReadOnlyDictionary<CarerCode, FosterCarer> carers, DemoRequest request, MatchRequest matchRequest, MatchResult result)
    {
        var shown = result.Candidates.Select(c => c.Carer).ToHashSet();
        var nearby = carers.Values
            .Where(c => c.Municipality.Code == request.FamilyMunicipality.Code && !shown.Contains(c.Code))
            .OrderBy(c => c.Code)
            .Take(50)
            .Select(c => index.Explain(matchRequest, c.Code))
            .FirstOrDefault(e => !e.IsEligible);
        if (nearby is null)
        {
            return;
        }
        output.WriteLine(DemoApp.Invariant($"  Perché non / why not {nearby.Carer} ({request.FamilyMunicipality.Name}, stesso comune della famiglia)? {string.Join("; ", nearby.FailedFilters.Select(Labels.Reason))}."));
    }

    private static string Describe(DemoRequest request, LombardyTerritory territory)
    {
        string minors = string.Join(", ", request.Minors.Select(m =>
        {
            string needs = m.Needs == NeedProfile.None ? string.Empty : $", bisogni: {Labels.Needs(m.Needs)}";
            string languages = string.Join("/", m.Languages);
            return DemoApp.Invariant($"{m.Code} ({m.AgeOn(request.Start)} anni, {(m.Sex == Sex.Male ? "M" : "F")}, lingue {languages}{needs})");
        }));
        string district = territory.DistrictOf(request.FamilyMunicipality)?.Name is { } name ? $", {name}" : string.Empty;
        string kinship = request.KinshipOnly ? "; solo parenti / kinship only" : string.Empty;
        string protection = request.Protection == ProtectionConstraint.None ? string.Empty : $"; vincolo: {Labels.Protection(request.Protection)}";
        return DemoApp.Invariant($"{minors}; affido {Labels.Form(request.Form)}, {Labels.Arrangement(request.Arrangement)}, dal {request.Start:dd/MM/uuuu} per {request.DurationMonths} mesi; famiglia d'origine a {request.FamilyMunicipality.Name} ({request.FamilyMunicipality.Province.Abbreviation}{district}){protection}{kinship}.");
    }
}
