using System.Text.Json;

namespace Affido.Serialization.SystemTextJson.Tests;

/// <summary><see cref="AffidoJsonErrors"/>: the path, line and description of the bad value itself, even deep in lists.</summary>
public sealed class ErrorPartsTests
{
    private const string Json3 = "{\n  \"id\": \"r\",\n  \"minors\": [\n    { \"code\": \"M1\", \"birthDate\": \"2016-01-01\", \"sex\": \"male\" },\n    { \"code\": \"M2\", \"birthDate\": \"2016-01-01\",\n      \"sex\": \"boy\" }\n  ]\n}";

    [Fact]
    public void An_error_in_the_second_element_gives_its_own_path_and_line()
    {
        var ex = Json.ReadFails<MatchRequest>(Json3);
        Assert.Equal("$.minors[1].sex", AffidoJsonErrors.PathOf(ex));
        Assert.Equal(5, AffidoJsonErrors.LineNumberOf(ex));
        Assert.StartsWith("Expected one of \"female\", \"male\"", AffidoJsonErrors.DescriptionOf(ex), StringComparison.Ordinal);
        Assert.DoesNotContain("Path:", AffidoJsonErrors.DescriptionOf(ex), StringComparison.Ordinal);
    }

    [Fact]
    public void A_System_Text_Json_error_is_split_the_same_way()
    {
        var ex = Json.ReadFails<Minor>("{\"code\":\"M1\",\"birthDate\":\"2016-01-01\",\"sex\":\"male\",\"hasCapacityOfDiscernment\":3}");
        Assert.Equal("$.hasCapacityOfDiscernment", AffidoJsonErrors.PathOf(ex));
        Assert.DoesNotContain("Path:", AffidoJsonErrors.DescriptionOf(ex), StringComparison.Ordinal);
        Assert.Equal(0, AffidoJsonErrors.LineNumberOf(ex));
    }

    [Fact]
    public void A_syntax_error_inside_a_list_keeps_its_line()
    {
        var ex = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<MatchRequest>("{\n \"minors\": [\n  { \"code\": \"M1\",, }\n ]\n}", Json.Options));
        Assert.Equal(2, AffidoJsonErrors.LineNumberOf(ex));
    }
}
