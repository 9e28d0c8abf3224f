using Affido.Domain;
using Affido.TestSupport;
using NodaTime;

namespace Affido.Demo.Tests.Requests;

public class RequestFileTests
{
    private static readonly LombardyTerritory Territory = LombardyTerritory.Instance;

    private const string Valid = """
        {
          "requests": [
            {
              "id": "r1",
              "minors": [ { "code": "M1", "birthDate": "2016-09-14", "sex": "male", "languages": ["it", "ar"], "needs": { "trauma": "medium" } } ],
              "start": "2026-03-16",
              "familyMunicipality": "Rozzano"
            }
          ]
        }
        """;

    private static RequestFileException Fails(string json)
        => Assert.Throws<RequestFileException>(() => RequestFile.Parse(json, Territory, "test.json"));

    /// <summary>The valid document with <paramref name="original"/> replaced (it must occur).</summary>
    private static string ValidWith(string original, string replacement)
    {
        Assert.Contains(original, Valid, StringComparison.Ordinal);
        return Valid.Replace(original, replacement, StringComparison.Ordinal);
    }

    private static string Request(string id) =>
        $$"""{ "id": "{{id}}", "minors": [ { "code": "M-{{id}}", "birthDate": "2016-09-14", "sex": "male" } ], "start": "2026-03-16", "familyMunicipality": "Rozzano" }""";

    [Fact]
    public void An_id_repeated_within_one_list_is_rejected_even_after_an_id_shared_by_both_lists()
    {
        string json = $$"""{ "requests": [ {{Request("a")}} ], "waitingList": [ {{Request("a")}}, {{Request("c")}}, {{Request("c")}} ] }""";
        var ex = Fails(json);
        Assert.Contains("request id 'c' is used twice in the same list", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_id_in_both_lists_is_allowed()
    {
        string json = $$"""{ "requests": [ {{Request("a")}} ], "waitingList": [ {{Request("a")}} ] }""";
        var set = RequestFile.Parse(json, Territory);
        Assert.Single(set.Requests);
        Assert.Single(set.WaitingList);
    }

    [Fact]
    public void A_valid_file_gives_requests_with_resolved_municipalities_and_defaults()
    {
        var set = RequestFile.Parse(Valid, Territory);
        var request = Assert.Single(set.Requests);
        Assert.Equal("015189", request.FamilyMunicipality.Code.Value);
        Assert.Equal(PlacementForm.Ordinary, request.Form);
        Assert.Equal(TimeArrangement.FullTime, request.Arrangement);
        Assert.Equal(24, request.DurationMonths);
        Assert.Equal(new LocalDate(2026, 3, 16), request.Start);
        var minor = Assert.Single(request.Minors);
        Assert.Equal(NeedLevel.Medium, minor.Needs[NeedCategory.Trauma]);
        Assert.Equal([LanguageCode.Italian, LanguageCode.Arabic], minor.Languages);
        Assert.Null(minor.SiblingGroup);
        Assert.True(set.WaitingList.IsEmpty);
    }

    [Fact]
    public void The_shipped_example_is_the_embedded_default_and_holds_the_five_cases_and_a_waiting_list()
    {
        var embedded = RequestFile.LoadEmbedded(Territory);
        string shipped = RepositoryFiles.PathOf("samples", "Affido.Demo", "requests.json");
        Assert.Equal(embedded, RequestFile.Load(shipped, Territory));
        Assert.Equal(["rozzano-9", "siblings-4-7-11", "msna-16", "emergency-2", "kinship-6"], embedded.Requests.Select(r => r.Id));
        Assert.Equal(3, embedded.Requests[1].Minors.Count);
        Assert.All(embedded.Requests[1].Minors, m => Assert.Equal(new SiblingGroupId("G-siblings-4-7-11"), m.SiblingGroup));
        Assert.True(embedded.Requests[2].Minors[0].IsUnaccompaniedForeignMinor);
        Assert.Equal(PlacementForm.Emergency, embedded.Requests[3].Form);
        Assert.True(embedded.Requests[4].KinshipOnly);
        Assert.Equal(10, embedded.WaitingList.Count);
    }

    [Fact]
    public void Broken_json_names_the_line()
    {
        var ex = Fails("{\n  \"requests\": [\n    { \"id\": \"r1\",, }\n  ]\n}");
        Assert.Equal(3, ex.Line);
        Assert.StartsWith("test.json: line 3", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_date_names_the_line_the_path_and_the_expected_format()
    {
        var ex = Fails(ValidWith("\"start\": \"2026-03-16\"", "\"start\": \"16/03/2026\""));
        Assert.Equal(6, ex.Line);
        Assert.Equal("test.json: line 6 at $.requests[0].start: expected a date written yyyy-MM-dd (e.g. \"2026-03-16\"), found \"16/03/2026\".", ex.Message);
    }

    [Fact]
    public void An_unknown_municipality_is_named()
    {
        var ex = Fails(ValidWith("\"Rozzano\"", "\"Torino\""));
        Assert.Equal(7, ex.Line);
        Assert.Contains("'Torino' is not a municipality of Lombardy", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_enum_value_lists_the_allowed_ones()
    {
        var ex = Fails(ValidWith("\"sex\": \"male\"", "\"sex\": \"boy\""));
        Assert.Equal(5, ex.Line);
        Assert.Contains("expected one of \"female\", \"male\", found \"boy\"", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_need_category_or_level_is_named()
    {
        Assert.Contains("'sadness' is not a need category", Fails(ValidWith("\"trauma\": \"medium\"", "\"sadness\": \"medium\"")).Message, StringComparison.Ordinal);
        Assert.Contains("the level of 'trauma' must be one of \"none\", \"low\", \"medium\", \"high\", found \"severe\"", Fails(ValidWith("\"medium\"", "\"severe\"")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_language_code_is_named()
        => Assert.Contains("two-letter lower-case ISO 639-1 language code", Fails(ValidWith("\"ar\"", "\"Arabic\"")).Message, StringComparison.Ordinal);

    [Fact]
    public void A_misspelt_property_is_an_error_not_ignored()
    {
        var ex = Fails(ValidWith("\"start\"", "\"strat\""));
        Assert.Equal(6, ex.Line);
        Assert.Contains("'strat'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("a request", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_required_property_is_named()
    {
        var ex = Fails(ValidWith("\"familyMunicipality\": \"Rozzano\"", "\"title\": \"x\""));
        Assert.Equal("test.json: line 8 at $.requests[0]: request 'r1' lacks \"familyMunicipality\".", ex.Message);
        Assert.Contains("lacks \"minors\", \"start\"", Fails("{ \"requests\": [ { \"id\": \"r\", \"familyMunicipality\": \"Rozzano\" } ] }").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_number_is_explained_in_words()
        => Assert.EndsWith("at $.requests[0].durationMonths: expected a whole number.", Fails(ValidWith("\"start\"", "\"durationMonths\": 1.5, \"start\"")).Message, StringComparison.Ordinal);

    [Fact]
    public void A_minor_born_after_the_start_is_reported_at_the_request()
    {
        var ex = Fails(ValidWith("\"2016-09-14\"", "\"2026-05-01\""));
        Assert.Equal(8, ex.Line); // the request's closing brace
        Assert.Contains("request 'r1': minor 'M1' is born on 2026-05-01, after the start 2026-03-16.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_adult_is_not_a_minor()
        => Assert.Contains("is no longer a minor", Fails(ValidWith("\"2016-09-14\"", "\"2008-03-15\"")).Message, StringComparison.Ordinal);

    [Fact]
    public void On_the_18th_birthday_itself_the_child_is_still_a_minor()
        => Assert.Single(RequestFile.Parse(ValidWith("\"2016-09-14\"", "\"2008-03-16\""), Territory).Requests);

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(24, true)]
    [InlineData(25, false)]
    public void Duration_is_from_1_to_24_months(int months, bool valid)
    {
        string json = ValidWith("\"start\"", $"\"durationMonths\": {months}, \"start\"");
        if (valid)
        {
            Assert.Equal(months, RequestFile.Parse(json, Territory).Requests[0].DurationMonths);
        }
        else
        {
            Assert.Contains("\"durationMonths\" must be from 1 to 24", Fails(json).Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_wrong_type_is_reported_with_its_line()
    {
        var ex = Fails(ValidWith("\"start\"", "\"durationMonths\": \"twelve\", \"start\""));
        Assert.Equal(6, ex.Line);
        Assert.Contains("durationMonths", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_file_and_a_file_without_requests_are_explained()
    {
        Assert.StartsWith("test.json: line 1", Fails("").Message, StringComparison.Ordinal);
        Assert.Contains("no requests", Fails("{ }").Message, StringComparison.Ordinal);
        Assert.Contains("null", Fails("null").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unaccompanied_form_requires_unaccompanied_minors()
        => Assert.Contains("every minor needs \"unaccompanied\": true", Fails(ValidWith("\"start\"", "\"form\": \"unaccompaniedForeignMinor\", \"start\"")).Message, StringComparison.Ordinal);

    [Fact]
    public void A_missing_file_is_reported_without_a_line()
    {
        var ex = Assert.Throws<RequestFileException>(() => RequestFile.Load("/nonexistent/requests.json", Territory));
        Assert.Null(ex.Line);
        Assert.Contains("cannot be read", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_app_exits_with_2_and_names_the_line_of_a_malformed_file()
    {
        string path = Path.Combine(Path.GetTempPath(), $"affido-demo-test-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, ValidWith("\"2026-03-16\"", "\"2026-02-30\""));
        try
        {
            var error = new StringWriter();
            Assert.Equal(2, DemoApp.Run(["--requests", path], new StringWriter(), error));
            Assert.Contains("line 6 at $.requests[0].start", error.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
