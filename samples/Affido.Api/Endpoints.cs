using System.Globalization;
using Affido.Domain;
using Affido.Matching;
using Affido.Matching.Planning;
using Affido.Rules;
using FluentValidation;
using NodaTime;
using NodaTime.Text;

namespace Affido.Api;

/// <summary>The four endpoints: each reads the library's type, validates it with the library's validator, and answers with the library's result.</summary>
internal static class Endpoints
{
    /// <summary>The default and largest number of candidates of POST /match.</summary>
    public const int DefaultTop = 10;

    /// <summary>The largest number of candidates of POST /match.</summary>
    public const int MaxTop = 100;

    /// <summary>The longest waiting list POST /plan takes at once.</summary>
    public const int MaxWaitingList = 100;

    private static readonly DateTimeZone Rome = DateTimeZoneProviders.Tzdb["Europe/Rome"];

    public static void Map(WebApplication app)
    {
        var matching = app.MapGroup(string.Empty).WithTags("Matching");
        matching.MapPost("/match", Match)
            .Accepts<MatchRequest>("application/json").Produces<MatchResult>().ProducesProblem(400).ProducesProblem(413).ProducesProblem(415)
            .WithSummary("The best carers for a request (?top=10, at most 100), each with its score breakdown, and how many carers each hard filter excluded.");
        matching.MapPost("/match/explain", Explain)
            .Accepts<MatchRequest>("application/json").Produces<MatchExplanation>().ProducesProblem(400).ProducesProblem(413).ProducesProblem(415)
            .WithSummary("Why (not) one carer (?carer=CODE) for a request: the hard filters it fails, or its score breakdown.");
        matching.MapPost("/plan", Plan)
            .Accepts<PlanningRequest[]>("application/json").Produces<WaitingListPlan>().ProducesProblem(400).ProducesProblem(413).ProducesProblem(415)
            .WithSummary("The optimal plan for a waiting list: each request (a minor or a whole sibling group, never split) to at most one carer.");
        app.MapPost("/placements/evaluate", Evaluate).WithTags("Rules")
            .Accepts<PlacementFacts>("application/json").Produces<RuleEvaluation>().ProducesProblem(400).ProducesProblem(413).ProducesProblem(415)
            .WithSummary("The legal findings about a placement and its plan as of a date (?asOf=2026-03-16, default today in Rome).");
    }

    private static async Task<IResult> Match(HttpContext http, CarerIndex index, IValidator<MatchRequest> validator, string? top)
    {
        int count = DefaultTop;
        if (top is not null && (!int.TryParse(top, NumberStyles.None, CultureInfo.InvariantCulture, out count) || count is < 1 or > MaxTop))
        {
            return Problems.Query(http, "top", $"'top' must be a whole number from 1 to {MaxTop}.");
        }

        var (request, problem) = await JsonBody.ReadAsync<MatchRequest>(http);
        if (problem is not null)
        {
            return problem;
        }

        var validation = validator.Validate(request!);
        return validation.IsValid ? TypedResults.Ok(index.Search(request!, count)) : Problems.Validation(http, validation.Errors);
    }

    private static async Task<IResult> Explain(HttpContext http, CarerIndex index, IValidator<MatchRequest> validator, string? carer)
    {
        if (string.IsNullOrWhiteSpace(carer))
        {
            return Problems.Query(http, "carer", "'carer' must name the code of the carer to explain.");
        }

        var (request, problem) = await JsonBody.ReadAsync<MatchRequest>(http);
        if (problem is not null)
        {
            return problem;
        }

        var validation = validator.Validate(request!);
        return validation.IsValid ? TypedResults.Ok(index.Explain(request!, new CarerCode(carer))) : Problems.Validation(http, validation.Errors);
    }

    private static async Task<IResult> Plan(HttpContext http, CarerIndex index, IValidator<MatchRequest> validator)
    {
        var (requests, problem) = await JsonBody.ReadAsync<PlanningRequest[]>(http);
        if (problem is not null)
        {
            return problem;
        }

        var errors = WaitingList.Check(requests!, MaxWaitingList).ToList();
        for (int i = 0; i < requests!.Length && errors.Count == 0; i++)
        {
            var validation = validator.Validate(requests[i].Request);
            if (!validation.IsValid)
            {
                return Problems.Validation(http, validation.Errors, $"[{i.ToString(CultureInfo.InvariantCulture)}].request");
            }
        }

        return errors.Count > 0 ? Problems.Invalid(http, errors) : TypedResults.Ok(PlacementPlanner.Plan(requests, index));
    }

    private static async Task<IResult> Evaluate(HttpContext http, RuleEvaluator rules, IClock clock, string? asOf)
    {
        var date = clock.GetCurrentInstant().InZone(Rome).Date;
        if (asOf is not null)
        {
            var parsed = LocalDatePattern.Iso.Parse(asOf);
            if (!parsed.Success)
            {
                return Problems.Query(http, "asOf", "'asOf' must be an ISO date, e.g. 2026-03-16.");
            }

            date = parsed.Value;
        }

        var (facts, problem) = await JsonBody.ReadAsync<PlacementFacts>(http);
        if (problem is not null)
        {
            return problem;
        }

        var evaluation = rules.Evaluate(facts!.Placement, facts.Plan, date);
        return evaluation.IsValid ? TypedResults.Ok(evaluation) : Problems.Validation(http, evaluation.ValidationFailures);
    }
}
