using System.Text;
using System.Text.Json;

namespace Affido.Serialization.SystemTextJson.Tests;

/// <summary>The small shapes: need profiles, enums, codes, arrays, municipalities, and what error messages show of a bad value.</summary>
public sealed class ShapeTests
{
    [Fact]
    public void No_need_at_all_is_an_empty_object_and_none_may_be_written_explicitly()
    {
        Assert.Equal("{}", Json.Write(NeedProfile.None));
        Assert.Equal(NeedProfile.None, Json.Read<NeedProfile>("""{"trauma":"none"}"""));
        Assert.Equal(NeedProfile.AllHigh, Json.Read<NeedProfile>(Json.Write(NeedProfile.AllHigh)));
    }

    [Theory]
    [InlineData("""{"trauma":"high","trauma":"low"}""", "twice")]
    [InlineData("""{"trauma":3}""", "the number 3")]
    [InlineData("""{"trauma":null}""", "null")]
    [InlineData("""{"Trauma":"high"}""", "\"Trauma\"")]
    [InlineData("""{"trauma":"High"}""", "\"High\"")]
    [InlineData("""null""", "{}")]
    [InlineData("""816""", "the number 816")]
    public void A_malformed_need_profile_is_rejected(string json, string shown)
        => Assert.Contains(shown, Json.ReadFails<NeedProfile>(json).Message, StringComparison.Ordinal);

    [Fact]
    public void Enums_are_camelCase_names()
    {
        Assert.Equal("\"unaccompaniedForeignMinor\"", Json.Write(PlacementForm.UnaccompaniedForeignMinor));
        Assert.Equal("\"saturday\"", Json.Write(NodaTime.IsoDayOfWeek.Saturday));
        Assert.Equal(TimeArrangement.PartTime, Json.Read<TimeArrangement>("\"partTime\""));
        Assert.Equal(TimeArrangement.PartTime, Json.Read<TimeArrangement>("\"part\\u0054ime\""));
    }

    [Fact]
    public void An_undefined_enum_value_is_not_written()
        => Assert.Throws<JsonException>(() => Json.Write((Sex)7));

    [Fact]
    public void A_code_keeps_its_text_exactly_and_the_validators_judge_it()
    {
        Assert.Equal(new CarerCode(" C 1 "), Json.Read<CarerCode>("\" C 1 \""));
        Assert.Equal(new IstatCode("15189"), Json.Read<IstatCode>("\"15189\""));
        Assert.Equal("\"\"", Json.Write(default(CarerCode)));
    }

    [Fact]
    public void A_code_with_invalid_UTF8_is_rejected_not_replaced()
    {
        byte[] json = [(byte)'"', (byte)'M', 0xC3, 0x28, (byte)'"'];
        var ex = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<MinorCode>(json, Json.Options));
        Assert.Contains("not valid UTF-8", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("\uFFFD", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Codes_are_dictionary_keys()
    {
        var scores = new Dictionary<CarerCode, int> { [new CarerCode("FA-1")] = 3 };
        string json = Json.Write(scores);
        Assert.Equal("""{"FA-1":3}""", json);
        Assert.Equal(scores, Json.Read<Dictionary<CarerCode, int>>(json));
    }

    [Fact]
    public void An_empty_list_is_an_empty_array_and_may_be_left_out_when_optional()
    {
        Assert.Contains("\"conflictingPersons\":[]", Json.Write(Samples.MatchRequest with { ConflictingPersons = [] }), StringComparison.Ordinal);
        Assert.Equal(ValueArray<LanguageCode>.Empty, Json.Read<Minor>("""{"code":"M1","birthDate":"2016-01-01","sex":"male"}""").Languages);
    }

    [Fact]
    public void A_municipality_by_ISTAT_code_needs_one_the_territory_holds()
    {
        Assert.Equal("\"015189\"", Json.Write(Samples.Rozzano, Json.WithTerritory));
        Assert.Same(Samples.Rozzano, Json.Read<Municipality>("\"015189\"", Json.WithTerritory));
        Assert.Contains("Unknown municipality", Json.ReadFails<Municipality>("\"015999\"", Json.WithTerritory).Message, StringComparison.Ordinal);
        Json.ReadFails<Municipality>(Json.Write(Samples.Rozzano), Json.WithTerritory);
    }

    [Fact]
    public void A_long_bad_value_is_cut_in_the_message()
    {
        string huge = new('x', 5_000_000);
        var ex = Json.ReadFails<Minor>($$"""{"code":"M1","birthDate":"{{huge}}","sex":"male"}""");
        Assert.True(ex.Message.Length < 400, ex.Message);
        Assert.Contains("(5000000 bytes)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Control_characters_and_terminal_escapes_never_reach_a_message()
    {
        var ex = Json.ReadFails<Minor>("""{"code":"M1","birthDate":"\u001b[2J\u0007\u202e2026","sex":"male"}""");
        Assert.DoesNotContain(ex.Message, c => char.IsControl(c) || c == '\u202e');
        var raw = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Sex>(Encoding.UTF8.GetBytes("\"ma\u0085le\u202e\""), Json.Options));
        Assert.DoesNotContain(raw.Message, c => char.IsControl(c) || c == '\u202e');
        Assert.Contains("\\u0085", raw.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Configuring_used_options_is_refused()
        => Assert.Throws<InvalidOperationException>(() => Json.Options.ConfigureForAffido());
}
