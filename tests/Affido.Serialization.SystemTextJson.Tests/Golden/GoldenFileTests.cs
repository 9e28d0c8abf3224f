using System.Reflection;
using System.Text;
using System.Text.Json;

namespace Affido.Serialization.SystemTextJson.Tests;

/// <summary>
/// The documented JSON shapes, byte for byte: each sample is written (indented, municipalities by ISTAT code) and
/// compared with its file in Golden/, and the file is read back to the sample.
/// </summary>
/// <remarks>To accept a deliberate change of shape, run once with <c>AFFIDO_UPDATE_GOLDEN=1</c> and review the diff.</remarks>
public sealed class GoldenFileTests
{
    [Fact]
    public void A_match_request() => Check("match-request.json", Samples.MatchRequest);

    [Fact]
    public void A_foster_carer() => Check("foster-carer.json", Samples.FosterCarer);

    [Fact]
    public void A_placement() => Check("placement.json", Samples.Placement);

    [Fact]
    public void A_placement_plan() => Check("placement-plan.json", Samples.Plan);

    [Fact]
    public void A_match_result() => Check("match-result.json", Samples.MatchResult);

    [Fact]
    public void A_rule_evaluation() => Check("rule-evaluation.json", Samples.RuleEvaluation);

    [Fact]
    public void A_need_profile() => Check("need-profile.json", Samples.Needs);

    private static void Check<T>(string name, T sample)
    {
        byte[] written = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(sample, Json.Indented) + "\n");
        string path = Path.Combine(Root, "tests", "Affido.Serialization.SystemTextJson.Tests", "Golden", name);
        if (Environment.GetEnvironmentVariable("AFFIDO_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllBytes(path, written);
        }

        byte[] golden = File.ReadAllBytes(path);
        Assert.True(golden.AsSpan().SequenceEqual(written), $"{name} differs from what is written now:{Environment.NewLine}{Encoding.UTF8.GetString(written)}");
        Assert.Equal(sample, JsonSerializer.Deserialize<T>(golden, Json.Indented));
    }

    private static string Root => typeof(GoldenFileTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!;
}
