using Microsoft.Extensions.Options;

namespace Affido.Api.Tests;

/// <summary>A district's configuration that cannot be right stops the host before it serves anything.</summary>
public sealed class StartupTests
{
    [Fact]
    public void An_invalid_policy_in_configuration_stops_the_host_at_start_naming_the_member()
    {
        using var factory = new ApiFactory(new Dictionary<string, string> { ["Affido:Policy:ContributionDueDay"] = "31" });
        var e = Assert.Throws<OptionsValidationException>(factory.StartServer);
        Assert.Contains(e.Failures, f => f.StartsWith("DistrictPolicy.ContributionDueDay: ", StringComparison.Ordinal) && f.EndsWith("(policy.due-day-out-of-range)", StringComparison.Ordinal));
    }

    [Fact]
    public void Invalid_matching_weights_stop_the_host_at_start()
    {
        using var factory = new ApiFactory(new Dictionary<string, string> { ["Affido:Matching:KinshipWeight"] = "-1" });
        var e = Assert.Throws<OptionsValidationException>(factory.StartServer);
        Assert.Contains(e.Failures, f => f.StartsWith("MatchingOptions.KinshipWeight: ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_misspelt_policy_key_stops_the_host_at_start()
    {
        using var factory = new ApiFactory(new Dictionary<string, string> { ["Affido:Policy:MonthlyContributionFull"] = "500" });
        var e = Assert.ThrowsAny<InvalidOperationException>(factory.StartServer);
        Assert.Contains("MonthlyContributionFull", e.Message, StringComparison.Ordinal);
    }
}
