using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;

namespace Affido.Serialization.SystemTextJson.Tests;

/// <summary>
/// <c>JsonSchemaExporter</c> with <see cref="AffidoJsonSchema.ExporterOptions"/> describes the library's shapes (what
/// an OpenAPI document needs): arrays for <c>ValueArray</c>, strings for codes, dates and periods, the need object.
/// </summary>
public sealed class SchemaTests
{
    private static JsonObject Schema<T>(JsonSerializerOptions options)
        => JsonSchemaExporter.GetJsonSchemaAsNode(options, typeof(T), AffidoJsonSchema.ExporterOptions).AsObject();

    private static JsonObject Property(JsonObject schema, string name) => schema["properties"]![name]!.AsObject();

    private static string Types(JsonObject schema) => schema["type"]!.ToJsonString();

    [Fact]
    public void Without_the_transform_the_exporter_cannot_describe_the_library_shapes()
    {
        var plain = JsonSchemaExporter.GetJsonSchemaAsNode(Json.Options, typeof(MatchRequest)).AsObject();
        // "true" is the schema that accepts anything: useless to a client.
        Assert.Equal("true", plain["properties"]!["expectedStart"]!.ToJsonString());
        Assert.Equal("true", plain["properties"]!["minors"]!.ToJsonString());
    }

    [Fact]
    public void A_match_request()
    {
        var schema = Schema<MatchRequest>(Json.WithTerritory);
        Assert.Equal("\"object\"", Types(schema));
        Assert.Equal("""{"type":"string","format":"date"}""", Property(schema, "expectedStart").ToJsonString());
        Assert.Equal("string", Property(schema, "expectedDuration")["type"]!.GetValue<string>());
        Assert.Equal("""{"type":"string","pattern":"^[0-9]{6}$","description":"The municipality\u0027s ISTAT code."}""", Property(schema, "familyOfOrigin").ToJsonString());
        Assert.Equal("""["string","null"]""", Types(Property(schema, "school")));
        Assert.Equal("""["array","null"]""", Types(Property(schema, "languages")));   // null: the minors' own
        Assert.Equal("""["array","null"]""", Types(Property(schema, "backgrounds")));
        Assert.Equal("\"array\"", Types(Property(schema, "conflictingPersons")));
        Assert.Equal("""["ordinary","emergency","professional","unaccompaniedForeignMinor","solidarityNeighbourhood"]""", Property(schema, "form")["enum"]!.ToJsonString());

        var minors = Property(schema, "minors");
        Assert.Equal("\"array\"", Types(minors));
        var minor = minors["items"]!.AsObject();
        Assert.Equal("""{"type":"string"}""", Property(minor, "code").ToJsonString());
        Assert.Equal("""{"type":"array","items":{"type":"string","pattern":"^[a-z]{2}$"}}""", Property(minor, "languages").ToJsonString());
        var needs = Property(minor, "needs");
        Assert.Equal("\"object\"", Types(needs));
        Assert.False(needs["additionalProperties"]!.GetValue<bool>());
        Assert.Equal("""{"type":"string","enum":["none","low","medium","high"]}""", Property(needs, "trauma").ToJsonString());
        Assert.Equal(NeedProfile.CategoryCount, needs["properties"]!.AsObject().Count);

        var required = schema["required"]!.AsArray().Select(n => n!.GetValue<string>()).ToList();
        Assert.Equal(["id", "minors", "form", "arrangement", "expectedStart", "expectedDuration", "familyOfOrigin"], required);
        Assert.False(schema["properties"]!.AsObject().ContainsKey("groupSize"));
        Assert.False(schema["additionalProperties"]?.GetValue<bool>() ?? true);
    }

    [Fact]
    public void A_foster_carer()
    {
        var schema = Schema<FosterCarer>(Json.WithTerritory);
        Assert.Equal("""{"type":"string"}""", Property(schema, "code").ToJsonString());
        var availability = Property(schema, "availability");
        Assert.Equal("""["string","null"]""", Types(Property(availability, "until")));
        Assert.Equal("array", Property(availability, "forms")["type"]!.GetValue<string>());
        Assert.Equal("object", Property(availability, "acceptedNeeds")["type"]!.GetValue<string>());
        var relative = Property(schema, "relatives")["items"]!.AsObject();
        Assert.Equal(["person", "degree"], relative["required"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.False(schema["properties"]!.AsObject().ContainsKey("hasConsented"));
    }

    [Fact]
    public void A_placement_without_a_territory_describes_municipalities_as_objects()
    {
        var schema = Schema<Placement>(Json.Options);
        var municipality = Property(Property(schema, "familyOfOrigin"), "municipality");
        Assert.Equal("""{"type":"string","pattern":"^[0-9]{6}$"}""", Property(municipality, "code").ToJsonString());
        Assert.Equal("""{"type":"array","items":{"type":"string","enum":["none","monday","tuesday","wednesday","thursday","friday","saturday","sunday"]}}""", Property(Property(schema, "schedule"), "days").ToJsonString());
        Assert.Equal("array", Property(schema, "decrees")["type"]!.GetValue<string>());
        Assert.False(schema["properties"]!.AsObject().ContainsKey("supervisingAuthority"));
    }

    [Fact]
    public void The_schema_accepts_the_golden_shapes_members()
    {
        // Every member written for the sample is described by the schema (no shape left undocumented).
        var schema = Schema<Placement>(Json.WithTerritory);
        var written = JsonNode.Parse(Json.Write(Samples.Placement, Json.WithTerritory))!.AsObject();
        Assert.All(written, member => Assert.True(schema["properties"]!.AsObject().ContainsKey(member.Key), member.Key));
    }

    [Fact]
    public void A_rule_evaluation_with_its_findings_and_validation_failures()
    {
        var schema = Schema<RuleEvaluation>(Json.WithTerritory);
        Assert.Equal(["findings", "validationFailures"], Required(schema));
        Assert.Equal(["findings", "validationFailures"], schema["properties"]!.AsObject().Select(p => p.Key));

        var finding = Property(schema, "findings")["items"]!.AsObject();
        Assert.Equal(["code", "severity", "message", "source"], Required(finding));
        Assert.Equal("""["info","warning","error"]""", Property(finding, "severity")["enum"]!.ToJsonString());
        Assert.Equal("string", Property(finding, "source")["type"]!.GetValue<string>());
        Assert.Equal("""["string","null"]""", Types(Property(finding, "carer")));
        Assert.Equal("array", Property(finding, "dates")["type"]!.GetValue<string>());

        var failure = Property(schema, "validationFailures")["items"]!.AsObject();
        Assert.Equal(ValidationFailureConverter.MemberNames, Required(failure));
        Assert.Equal(ValidationFailureConverter.MemberNames, failure["properties"]!.AsObject().Select(p => p.Key));
        Assert.False(failure["additionalProperties"]!.GetValue<bool>());
        Assert.Equal("""{"type":"string","enum":["error","warning","info"]}""", Property(failure, "severity").ToJsonString());
        Assert.Equal("""{"type":["string","null"]}""", Property(failure, "errorCode").ToJsonString());
    }

    [Fact]
    public void Placement_facts_and_a_case()
    {
        var facts = Schema<PlacementFacts>(Json.WithTerritory);
        Assert.Equal(["placement", "plan"], Required(facts));
        Assert.Equal("""{"type":"string","format":"date"}""", Property(Property(facts, "placement"), "start").ToJsonString());
        Assert.Equal("""["string","null"]""", Types(Property(Property(facts, "plan"), "verificationCadence")));
        Assert.Equal("duration", Property(Property(facts, "plan"), "verificationCadence")["format"]!.GetValue<string>());

        var @case = Schema<CaseFacts>(Json.WithTerritory);
        Assert.Equal(["placements"], Required(@case));
        var placements = Property(@case, "placements");
        Assert.Equal("array", placements["type"]!.GetValue<string>());
        Assert.Equal(facts.ToJsonString(), placements["items"]!.ToJsonString());
    }

    [Theory]
    [InlineData(typeof(RuleEvaluation))]
    [InlineData(typeof(PlacementFacts))]
    [InlineData(typeof(CaseFacts))]
    public void The_schema_names_no_member_as_anything(Type type)
    {
        // "true" or {} is the exporter's schema for a shape it cannot see: every member must be described.
        var schema = JsonSchemaExporter.GetJsonSchemaAsNode(Json.WithTerritory, type, AffidoJsonSchema.ExporterOptions);
        var vague = Walk(schema, "$").Where(p => p.Node is JsonValue || p.Node is JsonObject { Count: 0 }).Select(p => p.Path).ToList();
        Assert.True(vague.Count == 0, "Described as anything: " + string.Join(", ", vague));
    }

    /// <summary>Every schema below "properties" and "items", with its path.</summary>
    private static IEnumerable<(string Path, JsonNode? Node)> Walk(JsonNode? schema, string path)
    {
        if (schema is not JsonObject node)
        {
            yield return (path, schema);
            yield break;
        }

        if (node.Count == 0)
        {
            yield return (path, node);
        }

        if (node["properties"] is JsonObject properties)
        {
            foreach (var (name, child) in properties)
            {
                foreach (var below in Walk(child, path + "." + name))
                {
                    yield return below;
                }
            }
        }

        if (node["items"] is { } items)
        {
            foreach (var below in Walk(items, path + "[]"))
            {
                yield return below;
            }
        }
    }

    private static List<string> Required(JsonObject schema) => [.. schema["required"]!.AsArray().Select(n => n!.GetValue<string>())];

    [Fact]
    public void SchemaOf_gives_nothing_for_an_object_type_and_admits_null_for_a_nullable_value()
    {
        Assert.Null(AffidoJsonSchema.SchemaOf(typeof(Minor), Json.Options));
        Assert.Equal("""{"type":["string","null"],"format":"date"}""", AffidoJsonSchema.SchemaOf(typeof(NodaTime.LocalDate?), Json.Options)!.ToJsonString());
        Assert.Null(AffidoJsonSchema.SchemaOf(typeof(Municipality), Json.Options));
    }
}
