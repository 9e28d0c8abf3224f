using System.Net;
using System.Reflection;
using System.Text.Json.Nodes;
using Affido.Api.Integrator;
using Affido.Domain;
using Affido.TestSupport;
using Microsoft.AspNetCore.Builder;

namespace Affido.Api.Tests;

/// <summary>The README's integrator example is the code of <see cref="TrialApi"/>, under 60 lines, and it serves over real HTTP.</summary>
public sealed class IntegratorExampleTests
{
    private static string RepositoryFile(params string[] parts)
        => Path.Combine([typeof(IntegratorExampleTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!, .. parts]);

    [Fact]
    public void The_readme_shows_the_example_as_it_is_compiled_and_it_is_under_60_lines()
    {
        string[] source = File.ReadAllLines(RepositoryFile("samples", "Affido.Api", "Integrator", "TrialApi.cs"));
        int begin = Array.FindIndex(source, l => l.Contains("// README:begin", StringComparison.Ordinal));
        int end = Array.FindIndex(source, l => l.Contains("// README:end", StringComparison.Ordinal));
        var example = source[(begin + 1)..end].Select(l => l.Length >= 8 ? l[8..] : l.TrimStart()).ToList();
        Assert.InRange(example.Count, 10, 59);

        string readme = File.ReadAllText(RepositoryFile("samples", "Affido.Api", "README.md")).ReplaceLineEndings("\n");
        Assert.Contains("\n" + string.Join("\n", example) + "\n", readme, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_example_serves_both_endpoints_and_answers_bad_json_with_its_path()
    {
        var territory = LombardyTerritory.Instance;
        await using var app = TrialApi.Create(["--urls=http://127.0.0.1:0", "--environment=Production"],
            SyntheticRegistry.Generate(2000), new Territory(territory.Municipalities, territory.SocialDistricts));
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };

        using var match = await client.PostAsync("/match", Bodies.Json(Bodies.Request));
        Assert.Equal(HttpStatusCode.OK, match.StatusCode);
        Assert.NotEmpty(JsonNode.Parse(await match.Content.ReadAsStringAsync())!["candidates"]!.AsArray());

        using var evaluate = await client.PostAsync("/placements/evaluate", Bodies.Json(Bodies.Facts));
        Assert.Equal(HttpStatusCode.OK, evaluate.StatusCode);

        using var unknown = await client.PostAsync("/match", Bodies.Json(Bodies.Request.Replace("\"familyOfOrigin\": \"015189\"", "\"familyOfOrigin\": \"999999\"", StringComparison.Ordinal)));
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(JsonNode.Parse(await unknown.Content.ReadAsStringAsync())!["errors"]!["$.familyOfOrigin"]);

        using var invalid = await client.PostAsync("/match", Bodies.Json(Bodies.Request.Replace("2016-09-14", "2027-01-01", StringComparison.Ordinal)));
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        await app.StopAsync();
    }
}
