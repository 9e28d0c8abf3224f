using System.Text.Json;
using System.Text.Json.Nodes;

namespace Affido.Serialization.SystemTextJson.Tests;

/// <summary>
/// Reading is strict: a missing required member, a wrong type, an unknown enum name, a null for a non-nullable member
/// or an unknown property is a <see cref="JsonException"/> that names where it is; nothing silently defaults.
/// </summary>
public sealed class StrictReadingTests
{
    private static string Request(Action<JsonObject> change)
    {
        var node = JsonNode.Parse(JsonSerializer.Serialize(Samples.MatchRequest, Json.WithTerritory))!.AsObject();
        change(node);
        return node.ToJsonString();
    }

    private static JsonObject FirstMinor(JsonObject request) => request["minors"]![0]!.AsObject();

    [Fact]
    public void The_sample_request_reads_back()
        => Assert.Equal(Samples.MatchRequest, Json.Read<MatchRequest>(Request(_ => { }), Json.WithTerritory));

    [Theory]
    [InlineData("id")]
    [InlineData("minors")]
    [InlineData("form")]
    [InlineData("arrangement")]
    [InlineData("expectedStart")]
    [InlineData("expectedDuration")]
    [InlineData("familyOfOrigin")]
    public void A_missing_required_member_of_the_request_is_named(string member)
    {
        var ex = Json.ReadFails<MatchRequest>(Request(r => r.Remove(member)), Json.WithTerritory);
        Assert.Contains($"'{member}'", ex.Message, StringComparison.Ordinal);
        Assert.Equal("$", ex.Path);
    }

    [Theory]
    [InlineData("code")]
    [InlineData("birthDate")]
    [InlineData("sex")]
    public void A_missing_required_member_of_a_minor_names_its_path(string member)
    {
        var ex = Json.ReadFails<MatchRequest>(Request(r => FirstMinor(r).Remove(member)), Json.WithTerritory);
        Assert.Contains($"'{member}'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Path: $.minors[0]", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_positional_parameter_without_default_is_an_error_not_zero()
    {
        string json = JsonSerializer.Serialize(Samples.FosterCarer, Json.WithTerritory).Replace("\"degree\":3,", string.Empty, StringComparison.Ordinal);
        var ex = Json.ReadFails<FosterCarer>(json, Json.WithTerritory);
        Assert.Contains("'degree'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Path: $.relatives[0]", ex.Message, StringComparison.Ordinal);

        var root = Json.ReadFails<Relative>("""{"person":"P-1","kind":"blood"}""");
        Assert.Contains("'degree'", root.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_positional_parameter_with_a_default_may_be_left_out()
        => Assert.Equal(new Relative(new PersonCode("P-1"), 2), Json.Read<Relative>("""{"person":"P-1","degree":2}"""));

    [Theory]
    [InlineData("expectedStart", "16/03/2026", "$.expectedStart")]
    [InlineData("expectedStart", "2026-3-16", "$.expectedStart")]
    [InlineData("expectedDuration", "24 months", "$.expectedDuration")]
    [InlineData("familyOfOrigin", "999999", "$.familyOfOrigin")]
    [InlineData("form", "fostering", "$.form")]
    [InlineData("form", "Ordinary", "$.form")]
    [InlineData("form", "1", "$.form")]
    [InlineData("form", "ordinary, emergency", "$.form")]
    public void A_bad_string_names_its_path(string member, string value, string path)
    {
        var ex = Json.ReadFails<MatchRequest>(Request(r => r[member] = value), Json.WithTerritory);
        Assert.Contains("Path: " + path + " ", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("form")]
    [InlineData("expectedStart")]
    [InlineData("expectedDuration")]
    [InlineData("id")]
    [InlineData("minors")]
    [InlineData("familyOfOrigin")]
    [InlineData("kinshipOnly")]
    public void A_wrong_type_names_its_path(string member)
    {
        var ex = Json.ReadFails<MatchRequest>(Request(r => r[member] = 1), Json.WithTerritory);
        Assert.Contains("Path: $." + member, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_enum_as_an_integer_is_rejected_and_the_names_are_listed()
    {
        var ex = Json.ReadFails<MatchRequest>(Request(r => FirstMinor(r)["sex"] = 0), Json.WithTerritory);
        Assert.Contains("\"female\", \"male\"", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Path: $.minors[0].sex", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("id")]
    [InlineData("minors")]
    [InlineData("form")]
    [InlineData("expectedStart")]
    [InlineData("expectedDuration")]
    [InlineData("familyOfOrigin")]
    [InlineData("conflictingPersons")]
    [InlineData("kinshipOnly")]
    public void An_explicit_null_for_a_non_nullable_member_names_its_path(string member)
    {
        var ex = Json.ReadFails<MatchRequest>(Request(r => r[member] = null), Json.WithTerritory);
        Assert.Contains("Path: $." + member, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("code")]
    [InlineData("birthDate")]
    [InlineData("needs")]
    [InlineData("languages")]
    public void A_null_inside_a_minor_names_its_path(string member)
    {
        var ex = Json.ReadFails<MatchRequest>(Request(r => FirstMinor(r)[member] = null), Json.WithTerritory);
        Assert.Contains("Path: $.minors[0]." + member, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_element_of_a_list_is_rejected()
    {
        var ex = Json.ReadFails<MatchRequest>(Request(r => r["minors"] = new JsonArray((JsonNode?)null)), Json.WithTerritory);
        Assert.Contains("Path: $.minors[0]", ex.Message, StringComparison.Ordinal);
        var code = Json.ReadFails<MatchRequest>(Request(r => r["languages"] = new JsonArray("it", null)), Json.WithTerritory);
        Assert.Contains("Path: $.languages[1]", code.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_for_an_optional_member_is_accepted()
        => Assert.Null(Json.Read<MatchRequest>(Request(r => r["school"] = null), Json.WithTerritory).School);

    [Fact]
    public void An_unknown_property_is_rejected_and_named()
    {
        var root = Json.ReadFails<MatchRequest>(Request(r => r["colour"] = "blue"), Json.WithTerritory);
        Assert.Contains("'colour'", root.Message, StringComparison.Ordinal);
        Assert.Equal("$.colour", root.Path);

        var nested = Json.ReadFails<MatchRequest>(Request(r => FirstMinor(r)["name"] = "Mario"), Json.WithTerritory);
        Assert.Contains("'name'", nested.Message, StringComparison.Ordinal);
        Assert.Contains("Path: $.minors[0].name", nested.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_computed_member_sent_back_is_an_unknown_property()
    {
        var ex = Json.ReadFails<MatchRequest>(Request(r => r["groupSize"] = 1), Json.WithTerritory);
        Assert.Contains("'groupSize'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_error_deep_in_an_array_names_the_full_path()
    {
        var ex = Json.ReadFails<MatchRequest>(Request(r => FirstMinor(r)["needs"] = new JsonObject { ["trauma"] = "extreme" }), Json.WithTerritory);
        Assert.Contains("Path: $.minors[0].needs.trauma", ex.Message, StringComparison.Ordinal);
        Assert.Contains("\"none\", \"low\", \"medium\", \"high\"", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_territory_a_municipality_is_an_object_and_a_code_alone_is_rejected()
    {
        var ex = Json.ReadFails<MatchRequest>(Request(_ => { }));
        Assert.Contains("$.familyOfOrigin", ex.Path ?? ex.Message, StringComparison.Ordinal);
        Assert.Equal(Samples.MatchRequest, Json.Read<MatchRequest>(Json.Write(Samples.MatchRequest)));
    }
}
