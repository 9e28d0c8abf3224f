using System.Text.Json;
using System.Text.Json.Nodes;
using NodaTime;

namespace Affido.Serialization.SystemTextJson.Tests;

/// <summary>The bugs issue 10 reports for a new integrator using plain System.Text.Json, each as a regression test.</summary>
public sealed class Issue10Tests
{
    [Fact]
    public void A_need_profile_is_not_written_as_packed_bits()
    {
        var profile = NeedProfile.FromPacked(816);
        Assert.Equal("""{"behaviour":"high","trauma":"high"}""", Json.Write(profile));
        Assert.DoesNotContain("packed", Json.Write(Samples.MatchRequest), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_packed_need_profile_is_not_read_as_no_needs()
    {
        var ex = Json.ReadFails<NeedProfile>("""{"packed":816}""");
        Assert.Contains("\"packed\"", ex.Message, StringComparison.Ordinal);
        var node = JsonNode.Parse(Json.Write(Samples.MatchRequest))!;
        node["minors"]![0]!["needs"] = new JsonObject { ["packed"] = 816 };
        Assert.Contains("Path: $.minors[0].needs.packed", Json.ReadFails<MatchRequest>(node.ToJsonString()).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_needs_of_a_queued_request_survive_a_round_trip()
    {
        var back = Json.Read<MatchRequest>(Json.Write(Samples.MatchRequest));
        Assert.Equal(Samples.Needs, back.Minors[0].Needs);
        Assert.Equal(Samples.MatchRequest.Needs, back.Needs);
        Assert.NotEqual(NeedProfile.None, back.Needs);
    }

    [Fact]
    public void A_request_takes_the_minors_languages_unless_it_overrides_them()
    {
        // null or left out: the minors' own languages and backgrounds; [] turns the criterion off; a list replaces them.
        var node = JsonNode.Parse(Json.Write(Samples.MatchRequest))!.AsObject();
        node.Remove("languages");
        node["backgrounds"] = null;
        var fromMinors = Json.Read<MatchRequest>(node.ToJsonString());
        Assert.Null(fromMinors.Languages);
        Assert.Null(fromMinors.Backgrounds);
        Assert.Equal(Samples.Minor.Languages, fromMinors.EffectiveLanguages);
        Assert.Contains("\"languages\":null", Json.Write(fromMinors), StringComparison.Ordinal);

        node["languages"] = new JsonArray();
        var off = Json.Read<MatchRequest>(node.ToJsonString());
        Assert.Equal(ValueArray<LanguageCode>.Empty, off.Languages);
        Assert.True(off.EffectiveLanguages.IsEmpty);
        Assert.Contains("\"languages\":[]", Json.Write(off), StringComparison.Ordinal);

        var explicitList = Json.Read<MatchRequest>(Json.Write(Samples.MatchRequest));
        Assert.Equal([LanguageCode.Italian], explicitList.EffectiveLanguages);
    }

    [Fact]
    public void Codes_are_plain_strings()
    {
        Assert.Equal("\"FA-0001\"", Json.Write(new CarerCode("FA-0001")));
        Assert.Equal(new CarerCode("FA-0001"), Json.Read<CarerCode>("\"FA-0001\""));
        Assert.DoesNotContain("isEmpty", Json.Write(Samples.FosterCarer), StringComparison.Ordinal);
        Json.ReadFails<CarerCode>("""{"value":"FA-0001","isEmpty":false}""");
    }

    [Fact]
    public void Requests_placements_plans_and_carers_can_be_read()
    {
        Assert.Equal(Samples.MatchRequest, Json.Read<MatchRequest>(Json.Write(Samples.MatchRequest)));
        Assert.Equal(Samples.Placement, Json.Read<Placement>(Json.Write(Samples.Placement)));
        Assert.Equal(Samples.Plan, Json.Read<PlacementPlan>(Json.Write(Samples.Plan)));
        Assert.Equal(Samples.FosterCarer, Json.Read<FosterCarer>(Json.Write(Samples.FosterCarer)));
    }

    [Theory]
    [InlineData("groupSize")]
    [InlineData("needs")]
    [InlineData("expectedEnd")]
    [InlineData("youngestAge")]
    [InlineData("oldestAge")]
    [InlineData("effectiveLanguages")]
    [InlineData("effectiveBackgrounds")]
    public void Computed_members_of_a_request_are_not_written(string member)
        => Assert.False(JsonNode.Parse(Json.Write(Samples.MatchRequest))!.AsObject().ContainsKey(member));

    [Fact]
    public void Computed_members_elsewhere_are_not_written()
    {
        string json = Json.Write(Samples.FosterCarer) + Json.Write(Samples.Placement) + Json.Write(new IstatCode("015189"))
            + Json.Write(Samples.RuleEvaluation) + Json.Write(new FamilyOfOrigin(Samples.Rozzano));
        foreach (string computed in new[] { "hasConsented", "isWellFormed", "isEmpty", "provinceCode", "supervisingAuthority", "isValid", "isClean", "hasErrors", "responsibilityHolder" })
        {
            Assert.DoesNotContain("\"" + computed + "\"", json, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_request_without_expectedDuration_or_expectedStart_is_a_JSON_error_not_year_one()
    {
        foreach (string member in new[] { "expectedDuration", "expectedStart" })
        {
            var node = JsonNode.Parse(Json.Write(Samples.MatchRequest))!.AsObject();
            node.Remove(member);
            Assert.Contains(member, Json.ReadFails<MatchRequest>(node.ToJsonString()).Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Dates_and_periods_are_ISO()
    {
        Assert.Equal("\"2026-03-16\"", Json.Write(new LocalDate(2026, 3, 16)));
        Assert.Equal("\"P24M\"", Json.Write(Period.FromMonths(24)));
        Assert.Equal("\"P2W\"", Json.Write(Period.FromWeeks(2)));
        Assert.Equal(Period.FromWeeks(2), Json.Read<Period>("\"P2W\""));
    }

    [Fact]
    public void A_legal_source_is_its_citation()
    {
        Assert.Equal("\"L. 184/1983 art. 4 c. 4\"", Json.Write(LegalSource.Law184("4", "4")));
        Assert.Equal(LegalSources.DataProcessingConsent, Json.Read<LegalSource>(Json.Write(LegalSources.DataProcessingConsent)));
        Json.ReadFails<LegalSource>("\"  \"");
    }
}
