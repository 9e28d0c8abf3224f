using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Affido.Rules;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Affido.Api.Tests;

/// <summary>One real HTTP host for the class: a request per endpoint, and every kind of bad body answered with a problem.</summary>
public sealed class EndpointTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private HttpClient Client()
    {
        factory.StartServer();
        return factory.CreateClient();
    }

    private static async Task<JsonNode> Body(HttpResponseMessage response) => JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

    /// <summary>The problem's <c>errors</c> entry at <paramref name="path"/>: its codes.</summary>
    private static async Task<string[]> ProblemCodes(HttpResponseMessage response, HttpStatusCode status, string path)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await Body(response);
        Assert.Equal((int)status, (int)problem["status"]!);
        var errors = problem["errors"]!.AsObject();
        Assert.True(errors.ContainsKey(path), $"no error at '{path}': {errors.ToJsonString()}");
        return [.. errors[path]!.AsArray().Select(e => (string)e!["code"]!)];
    }

    [Fact]
    public async Task Match_ranks_the_top_carers_with_their_score_breakdown()
    {
        using var client = Client();
        using var response = await client.PostAsync("/match?top=3", Bodies.Json(Bodies.Request));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await Body(response);
        Assert.Equal("rozzano-9", (string)result["requestId"]!);
        var candidates = result["candidates"]!.AsArray();
        Assert.Equal(3, candidates.Count);
        Assert.Equal([1, 2, 3], candidates.Select(c => (int)c!["rank"]!));
        Assert.All(candidates, c => Assert.NotEmpty(c!["breakdown"]!.AsArray()));
        Assert.True((int)result["eligible"]! >= 3);
    }

    [Fact]
    public async Task Explain_gives_one_carer_the_score_the_search_gave_it()
    {
        using var client = Client();
        using var search = await client.PostAsync("/match?top=1", Bodies.Json(Bodies.Request));
        var best = (await Body(search))["candidates"]![0]!;
        using var response = await client.PostAsync($"/match/explain?carer={(string)best["carer"]!}", Bodies.Json(Bodies.Request));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var explanation = await Body(response);
        Assert.True((bool)explanation["isInRegistry"]!);
        Assert.Empty(explanation["failedFilters"]!.AsArray());
        Assert.Equal((double)best["score"]!, (double)explanation["score"]!);
    }

    [Fact]
    public async Task Plan_keeps_a_sibling_group_together()
    {
        using var client = Client();
        string list = $$"""[{"request": {{Bodies.Request}}, "urgency": 2}, {"request": {{Bodies.Siblings}}}]""";
        using var response = await client.PostAsync("/plan", Bodies.Json(list));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var plan = await Body(response);
        var siblings = Assert.Single(plan["placements"]!.AsArray(), p => (string)p!["requestId"]! == "siblings-4-7")!;
        Assert.Equal(["M-2026-0102", "M-2026-0103"], siblings["minors"]!.AsArray().Select(m => (string)m!));
        Assert.Equal(2, plan["placements"]!.AsArray().Count + plan["unplaced"]!.AsArray().Count);
    }

    [Fact]
    public async Task Plan_refuses_a_child_in_two_entries()
    {
        using var client = Client();
        using var response = await client.PostAsync("/plan", Bodies.Json($"[{{\"request\": {Bodies.Request}}}, {{\"request\": {Bodies.Request}}}]"));
        Assert.Contains(WaitingList.RequestIdDuplicate, await ProblemCodes(response, HttpStatusCode.BadRequest, "[1].request.id"));
    }

    [Fact]
    public async Task Evaluate_returns_the_findings_of_the_rules_as_of_the_date()
    {
        using var client = Client();
        using var response = await client.PostAsync("/placements/evaluate?asOf=2026-06-01", Bodies.Json(Bodies.Facts));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var evaluation = await Body(response);
        var codes = evaluation["findings"]!.AsArray().Select(f => (string)f!["code"]!).ToList();
        Assert.Contains("commitment.carers.missing", codes);
        Assert.Empty(evaluation["validationFailures"]!.AsArray());
    }

    [Fact]
    public async Task Invalid_facts_are_a_problem_naming_the_member_and_its_code()
    {
        using var client = Client();
        using var response = await client.PostAsync("/placements/evaluate?asOf=2026-06-01", Bodies.Json(Bodies.Facts.Replace("2016-09-14", "2026-09-14", StringComparison.Ordinal)));
        Assert.Equal(["placement.minor.born-after-start"], await ProblemCodes(response, HttpStatusCode.BadRequest, "placement.minors[0].birthDate"));
    }

    [Fact]
    public async Task A_request_the_validator_refuses_is_a_problem_with_its_code()
    {
        using var client = Client();
        string noMinors = JsonNode.Parse(Bodies.Request)!.AsObject().Also(o => o["minors"] = new JsonArray()).ToJsonString();
        using var response = await client.PostAsync("/match", Bodies.Json(noMinors));
        Assert.Equal(["request.minors.missing"], await ProblemCodes(response, HttpStatusCode.BadRequest, "minors"));
    }

    [Fact]
    public async Task Malformed_json_is_a_problem_not_a_500()
    {
        using var client = Client();
        using var response = await client.PostAsync("/match", Bodies.Json("""{"id": "x", "minors": [ """));
        var problem = await Body(response);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(problem["errors"]!.AsObject(), e => e.Value!.AsArray().Any(x => (string)x!["code"]! == Problems.InvalidJson));
    }

    [Fact]
    public async Task A_missing_member_is_a_problem_at_its_path()
    {
        using var client = Client();
        string withoutStart = JsonNode.Parse(Bodies.Request)!.AsObject().Also(o => o.Remove("expectedStart")).ToJsonString();
        using var response = await client.PostAsync("/match", Bodies.Json(withoutStart));
        Assert.Equal([Problems.MemberMissing], await ProblemCodes(response, HttpStatusCode.BadRequest, "expectedStart"));
    }

    [Fact]
    public async Task An_unknown_municipality_is_a_problem_at_its_path()
    {
        using var client = Client();
        using var response = await client.PostAsync("/match", Bodies.Json(Bodies.Request.Replace("\"familyOfOrigin\": \"015189\"", "\"familyOfOrigin\": \"999999\"", StringComparison.Ordinal)));
        Assert.Equal([Problems.InvalidJson], await ProblemCodes(response, HttpStatusCode.BadRequest, "familyOfOrigin"));
    }

    [Fact]
    public async Task An_unknown_property_and_a_wrong_type_are_problems_at_their_paths()
    {
        using var client = Client();
        string unknown = JsonNode.Parse(Bodies.Request)!.AsObject().Also(o => o["favouriteColour"] = "blue").ToJsonString();
        using var first = await client.PostAsync("/match", Bodies.Json(unknown));
        Assert.Equal(HttpStatusCode.BadRequest, first.StatusCode);
        string wrongType = JsonNode.Parse(Bodies.Request)!.AsObject().Also(o => o["kinshipOnly"] = "yes").ToJsonString();
        using var second = await client.PostAsync("/match", Bodies.Json(wrongType));
        Assert.Equal([Problems.InvalidJson], await ProblemCodes(second, HttpStatusCode.BadRequest, "kinshipOnly"));
    }

    [Fact]
    public async Task A_body_over_one_megabyte_is_413_with_or_without_a_length()
    {
        using var client = Client();
        string big = "{\"id\": \"" + new string('x', (int)ApiApp.MaxBodyBytes) + "\"}";
        using var sized = await client.PostAsync("/match", Bodies.Json(big));
        Assert.Equal([Problems.TooLarge], await ProblemCodes(sized, HttpStatusCode.RequestEntityTooLarge, string.Empty));

        using var chunked = new HttpRequestMessage(HttpMethod.Post, "/match") { Content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(big))) };
        chunked.Content.Headers.ContentType = new("application/json");
        chunked.Headers.TransferEncodingChunked = true;
        using var streamed = await client.SendAsync(chunked);
        Assert.Equal([Problems.TooLarge], await ProblemCodes(streamed, HttpStatusCode.RequestEntityTooLarge, string.Empty));
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_415_and_a_bad_query_is_400()
    {
        using var client = Client();
        using var text = await client.PostAsync("/match", new StringContent(Bodies.Request, Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, text.StatusCode); // routing answers it, from the endpoints' Accepts metadata
        Assert.Equal("application/problem+json", text.Content.Headers.ContentType?.MediaType);
        using var top = await client.PostAsync("/match?top=0", Bodies.Json(Bodies.Request));
        Assert.Equal([Problems.QueryInvalid], await ProblemCodes(top, HttpStatusCode.BadRequest, "top"));
        using var asOf = await client.PostAsync("/placements/evaluate?asOf=16/03/2026", Bodies.Json(Bodies.Facts));
        Assert.Equal([Problems.QueryInvalid], await ProblemCodes(asOf, HttpStatusCode.BadRequest, "asOf"));
    }

    [Fact]
    public async Task The_openapi_document_lists_the_endpoints_and_describes_the_library_types()
    {
        using var client = Client();
        var document = await client.GetFromJsonAsync<JsonNode>("/openapi/v1.json");
        var paths = document!["paths"]!.AsObject().Select(p => p.Key).ToList();
        Assert.Equal(["/match", "/match/explain", "/placements/evaluate", "/plan"], paths.Order(StringComparer.Ordinal));
        var schemas = document["components"]!["schemas"]!;
        var request = schemas["MatchRequest"]!;
        Assert.Equal("object", (string)request["type"]!);
        Assert.Contains("minors", request["properties"]!.AsObject().Select(p => p.Key));
        Assert.Contains("expectedStart", request["required"]!.AsArray().Select(r => (string)r!));
        Assert.Equal("date", (string)schemas["LocalDate"]!["format"]!);
        Assert.Equal("^[0-9]{6}$", (string)schemas["Municipality"]!["pattern"]!);
        Assert.Equal("array", (string)schemas["ValueArrayOfMinor"]!["type"]!);
        Assert.NotNull(schemas["PlacementFacts"]);
    }

    [Fact]
    public void The_policy_and_weights_of_appsettings_reach_the_services()
    {
        factory.StartServer();
        var services = factory.Services;
        var policy = services.GetRequiredService<IOptions<DistrictPolicy>>().Value;
        Assert.Equal(500.00m, policy.MonthlyContributionFullTime);
        Assert.Same(policy, services.GetRequiredService<RuleEvaluator>().Policy);
        Assert.Equal(5, services.GetRequiredService<Affido.Matching.MatchingOptions>().KinshipWeight);
    }
}

internal static class JsonObjectExtensions
{
    public static JsonObject Also(this JsonObject node, Action<JsonObject> change)
    {
        change(node);
        return node;
    }
}
