using System.Text;
using Affido.Domain;
using Affido.Matching;
using Affido.TestSupport;
using NodaTime;

namespace Affido.Demo.Tests.Requests;

public class RequestFileTests
{
    private static readonly LombardyTerritory Territory = LombardyTerritory.Instance;

    private const string Valid = """
        {
          "requests": [
            { "title": "Bambino di 9 anni",
              "request": {
                "id": "r1",
                "minors": [ { "code": "M1", "birthDate": "2016-09-14", "sex": "male", "languages": ["it", "ar"], "needs": { "trauma": "medium" } } ],
                "form": "ordinary", "arrangement": "fullTime", "expectedStart": "2026-03-16", "expectedDuration": "P24M",
                "familyOfOrigin": "015189"
              }
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
        $$"""{ "request": { "id": "{{id}}", "minors": [ { "code": "M-{{id}}", "birthDate": "2016-09-14", "sex": "male" } ], "form": "ordinary", "arrangement": "fullTime", "expectedStart": "2026-03-16", "expectedDuration": "P12M", "familyOfOrigin": "015189" } }""";

    /// <summary>Runs the demo on <paramref name="json"/> as a --requests file: exit code and error text.</summary>
    private static (int Code, string Error) RunOn(byte[] json)
    {
        string path = Path.Combine(Path.GetTempPath(), $"affido-demo-test-{Guid.NewGuid():N}.json");
        File.WriteAllBytes(path, json);
        try
        {
            var error = new StringWriter();
            int code = DemoApp.Run(["--requests", path, "--carers", "20"], new StringWriter(), error);
            return (code, error.ToString());
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static void OneLineExit2(string json, string expected)
    {
        var (code, error) = RunOn(Encoding.UTF8.GetBytes(json));
        Assert.Equal(2, code);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
        Assert.DoesNotContain(" at Affido.", error, StringComparison.Ordinal); // no stack trace
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.DoesNotContain(error.TrimEnd('\n'), c => char.IsControl(c));
    }

    [Fact]
    public void A_valid_file_gives_the_library_request_with_resolved_municipalities()
    {
        var set = RequestFile.Parse(Valid, Territory);
        var request = Assert.Single(set.Requests);
        Assert.Equal("r1", request.Id);
        Assert.Equal("Bambino di 9 anni", request.Title);
        Assert.Equal(1.0, request.Urgency);
        Assert.Same(Territory.ByCode(new IstatCode("015189")), request.Request.FamilyOfOrigin);
        Assert.Equal(PlacementForm.Ordinary, request.Form);
        Assert.Equal(24, request.DurationMonths);
        Assert.Equal(Period.FromMonths(24), request.Request.ExpectedDuration);
        Assert.Equal(new LocalDate(2026, 3, 16), request.Start);
        var minor = Assert.Single(request.Minors);
        Assert.Equal(NeedLevel.Medium, minor.Needs[NeedCategory.Trauma]);
        Assert.Equal([LanguageCode.Italian, LanguageCode.Arabic], minor.Languages);
        Assert.True(set.WaitingList.IsEmpty);
    }

    [Fact]
    public void The_match_request_takes_the_minors_languages_when_the_file_names_none()
        => Assert.Equal([LanguageCode.Italian, LanguageCode.Arabic], RequestFile.Parse(Valid, Territory).Requests[0].ToMatchRequest().EffectiveLanguages);

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
        Assert.Equal(3, embedded.WaitingList[9].Urgency);
    }

    [Fact]
    public void An_id_repeated_within_one_list_is_rejected_and_the_same_id_in_both_lists_is_allowed()
    {
        Assert.Contains("request id 'c' is used twice in the same list", Fails($$"""{ "requests": [ {{Request("a")}} ], "waitingList": [ {{Request("a")}}, {{Request("c")}}, {{Request("c")}} ] }""").Message, StringComparison.Ordinal);
        var set = RequestFile.Parse($$"""{ "requests": [ {{Request("a")}} ], "waitingList": [ {{Request("a")}} ] }""", Territory);
        Assert.Single(set.WaitingList);
    }

    [Fact]
    public void Broken_json_names_the_line()
    {
        var ex = Fails("{\n  \"requests\": [\n    { \"title\": \"x\",, }\n  ]\n}");
        Assert.Equal(3, ex.Line);
        Assert.StartsWith("test.json: line 3", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_date_names_the_line_the_full_path_and_the_expected_format()
    {
        var ex = Fails(ValidWith("\"2026-03-16\"", "\"16/03/2026\""));
        Assert.Equal(7, ex.Line);
        Assert.Equal("test.json: line 7 at $.requests[0].request.expectedStart: Expected a date written yyyy-MM-dd (e.g. \"2026-03-16\"), found the string \"16/03/2026\".", ex.Message);
    }

    [Fact]
    public void An_error_inside_a_minor_names_its_line_and_path()
    {
        var ex = Fails(ValidWith("\"sex\": \"male\"", "\"sex\": \"boy\""));
        Assert.Equal(6, ex.Line);
        Assert.Contains("at $.requests[0].request.minors[0].sex: Expected one of \"female\", \"male\" (Sex), found the string \"boy\".", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_municipality_is_named()
        => Assert.Contains("Unknown municipality: no ISTAT code \"001272\"", Fails(ValidWith("\"015189\"", "\"001272\"")).Message, StringComparison.Ordinal);

    [Fact]
    public void A_municipality_by_name_is_not_the_library_shape()
        => Assert.Contains("Unknown municipality", Fails(ValidWith("\"015189\"", "\"Rozzano\"")).Message, StringComparison.Ordinal);

    [Fact]
    public void An_unknown_need_category_or_level_is_named()
    {
        Assert.Contains("Unknown need category \"sadness\"", Fails(ValidWith("\"trauma\": \"medium\"", "\"sadness\": \"medium\"")).Message, StringComparison.Ordinal);
        Assert.Contains("at $.requests[0].request.minors[0].needs.trauma: Expected a need level", Fails(ValidWith("\"medium\"", "\"severe\"")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_property_is_an_error_not_ignored()
    {
        var ex = Fails(ValidWith("\"expectedStart\"", "\"expectedStrat\""));
        Assert.Contains("'expectedStrat'", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"familyOfOrigin\": \"015189\"", "\"school\": \"015189\"", "'familyOfOrigin'")]
    [InlineData("\"expectedStart\": \"2026-03-16\", ", "", "'expectedStart'")]
    [InlineData("\"sex\": \"male\", ", "", "'sex'")]
    public void A_missing_member_is_named_not_defaulted(string original, string replacement, string named)
        => Assert.Contains(named, Fails(ValidWith(original, replacement)).Message, StringComparison.Ordinal);

    [Fact]
    public void A_start_of_year_one_is_not_reported_as_missing()
    {
        var ex = Fails(ValidWith("\"2026-03-16\"", "\"0001-01-01\""));
        Assert.DoesNotContain("missing", ex.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("at $.requests[0].request.expectedStart", ex.Message, StringComparison.Ordinal);
        Assert.Contains("outside the dates the library supports", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_minor_born_after_the_start_is_reported()
        => Assert.Contains("minor 'M1' is born on 2026-05-01, after the start 2026-03-16.", Fails(ValidWith("\"2016-09-14\"", "\"2026-05-01\"")).Message, StringComparison.Ordinal);

    [Fact]
    public void An_adult_is_not_a_minor_but_on_the_18th_birthday_the_child_still_is()
    {
        Assert.Contains("is no longer a minor", Fails(ValidWith("\"2016-09-14\"", "\"2008-03-15\"")).Message, StringComparison.Ordinal);
        Assert.Single(RequestFile.Parse(ValidWith("\"2016-09-14\"", "\"2008-03-16\""), Territory).Requests);
    }

    [Theory]
    [InlineData("P0M", false)]
    [InlineData("P1M", true)]
    [InlineData("P24M", true)]
    [InlineData("P2Y", true)]
    [InlineData("P25M", false)]
    [InlineData("P1Y13M", false)]
    [InlineData("P6W", false)]
    [InlineData("PT1H", false)]
    [InlineData("P100000Y", false)]
    public void Duration_is_from_1_to_24_whole_months(string period, bool valid)
    {
        string json = ValidWith("\"P24M\"", $"\"{period}\"");
        if (valid)
        {
            Assert.Single(RequestFile.Parse(json, Territory).Requests);
        }
        else
        {
            Assert.Contains("\"expectedDuration\" must be whole months from P1M to P24M", Fails(json).Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Urgency_is_from_1_to_10()
    {
        Assert.Equal(10, RequestFile.Parse(ValidWith("\"title\": \"Bambino di 9 anni\"", "\"urgency\": 10"), Territory).Requests[0].Urgency);
        Assert.Contains("\"urgency\" must be from 1 (ordinary) to 10", Fails(ValidWith("\"title\": \"Bambino di 9 anni\"", "\"urgency\": 11")).Message, StringComparison.Ordinal);
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
        => Assert.Contains("every minor needs \"isUnaccompaniedForeignMinor\": true", Fails(ValidWith("\"form\": \"ordinary\"", "\"form\": \"unaccompaniedForeignMinor\"")).Message, StringComparison.Ordinal);

    [Fact]
    public void A_missing_file_is_reported_without_a_line()
    {
        var ex = Assert.Throws<RequestFileException>(() => RequestFile.Load("/nonexistent/requests.json", Territory));
        Assert.Null(ex.Line);
        Assert.Contains("cannot be read", ex.Message, StringComparison.Ordinal);
    }

    // Issue 12 item 4: every malformed file is exit code 2 and one line, never a stack trace.
    [Theory]
    [InlineData("""{"requests":[null]}""", "at $.requests[0]")]
    [InlineData("""{"requests":[{"request":{"id":"r","minors":[null],"form":"ordinary","arrangement":"fullTime","expectedStart":"2026-03-16","expectedDuration":"P2M","familyOfOrigin":"015189"}}]}""", "at $.requests[0].request.minors[0]")]
    [InlineData("""{"requests":[{"request":{"id":"r","minors":[{"code":"M","birthDate":"2020-01-01","sex":"male"}],"form":"ordinary","arrangement":"fullTime","expectedStart":"0001-01-05","expectedDuration":"P2M","familyOfOrigin":"015189"}}]}""", "outside the dates the library supports")]
    [InlineData("""{"requests":[{"request":{"id":"r","minors":[{"code":"M","birthDate":"2020-01-01","sex":"male"}],"form":"ordinary","arrangement":"fullTime","expectedStart":"-0005-06-01","expectedDuration":"P2M","familyOfOrigin":"015189"}}]}""", "at $.requests[0].request.expectedStart")]
    [InlineData("""{"requests":[{"request":{"id":"r","minors":[{"code":"M","birthDate":"9999-01-01","sex":"male"}],"form":"ordinary","arrangement":"fullTime","expectedStart":"2026-03-16","expectedDuration":"P2M","familyOfOrigin":"015189"}}]}""", "at $.requests[0].request.minors[0].birthDate")]
    [InlineData("""{"requests":{}}""", "at $.requests")]
    [InlineData("""{"requests":[{"request":null}]}""", "at $.requests[0].request")]
    [InlineData("""[1,2,3]""", "line 1")]
    public void A_malformed_file_is_exit_code_2_and_one_line(string json, string expected) => OneLineExit2(json, expected);

    // Issue 12 item 10, the demo's parts.
    [Fact]
    public void A_huge_bad_value_is_cut_in_the_error_line()
    {
        string huge = new('9', 3_000_000);
        var (code, error) = RunOn(Encoding.UTF8.GetBytes(ValidWith("\"2026-03-16\"", $"\"{huge}\"")));
        Assert.Equal(2, code);
        Assert.True(error.Length < 500, error);
        Assert.Contains("(3000000 bytes)", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_before_it_is_read()
    {
        var (code, error) = RunOn(new byte[RequestFile.MaxFileBytes + 1]);
        Assert.Equal(2, code);
        Assert.Contains("the demo reads at most", error, StringComparison.Ordinal);
    }

    [Fact]
    public void More_requests_than_the_limit_are_refused()
    {
        string many = string.Join(", ", Enumerable.Range(0, RequestFile.MaxRequestsPerList + 1).Select(i => Request("r" + i)));
        Assert.Contains($"\"waitingList\" holds {RequestFile.MaxRequestsPerList + 1} requests; the demo runs at most {RequestFile.MaxRequestsPerList} a list", Fails($$"""{ "waitingList": [ {{many}} ] }""").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_UTF8_in_a_code_is_rejected_not_turned_into_U_FFFD()
    {
        byte[] json = Encoding.UTF8.GetBytes(Valid.Replace("\"M1\"", "\"M1@\"", StringComparison.Ordinal));
        int at = Array.IndexOf(json, (byte)'@');
        byte[] bad = [.. json[..at], 0xC3, 0x28, .. json[(at + 1)..]];
        var (code, error) = RunOn(bad);
        Assert.Equal(2, code);
        Assert.Contains("not valid UTF-8", error, StringComparison.Ordinal);
        Assert.Contains("$.requests[0].request.minors[0].code", error, StringComparison.Ordinal);
        Assert.DoesNotContain("\uFFFD", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"title\": \"Bambino di 9 anni\"", "\"title\": \"\\u001b[2J\\u001b[31mBambino\"")]
    [InlineData("\"id\": \"r1\"", "\"id\": \"r1\\u0007\\u202e\"")]
    [InlineData("\"code\": \"M1\"", "\"code\": \"M1\\u001b]0;x\\u0007\"")]
    [InlineData("\"2026-03-16\"", "\"\\u001b[2J\"")]
    public void Control_characters_and_terminal_escapes_never_reach_the_terminal(string original, string replacement)
    {
        var (code, error) = RunOn(Encoding.UTF8.GetBytes(ValidWith(original, replacement)));
        Assert.Equal(2, code);
        Assert.DoesNotContain(error.TrimEnd('\n'), c => char.IsControl(c) || c == '\u202e');
    }
}
