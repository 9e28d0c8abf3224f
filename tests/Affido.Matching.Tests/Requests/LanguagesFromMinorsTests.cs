using Affido.Domain;
using Affido.Matching.Tests.Support;
using static Affido.Matching.Tests.Support.Fixtures;

namespace Affido.Matching.Tests.Requests;

/// <summary>The language and background criteria look for the minors' own languages and backgrounds unless the request overrides them.</summary>
public sealed class LanguagesFromMinorsTests
{
    private static readonly SiblingGroupId Group = new("S1");

    private static Minor Speaking(string code, params string[] languages)
        => Child(code, 7, Group) with { Languages = languages.Select(l => new LanguageCode(l)).ToValueArray() };

    private static CriterionScore Line(MatchRequest request, FosterCarer carer, Criterion criterion)
        => CarerIndex.Build([carer]).Search(request, 1).Candidates[0].Breakdown[(int)criterion];

    [Fact]
    public void Without_an_override_the_languages_are_those_of_the_minors()
    {
        var request = Example(Speaking("M1", "ar", "it"), Speaking("M2", "ar", "fr"));
        Assert.Null(request.Languages);
        Assert.Equal(["ar", "it", "fr"], request.EffectiveLanguages.Select(l => l.Value));
        var carer = EligibleCarer("A") with { Languages = [new LanguageCode("ar")] };
        var line = Line(request, carer, Criterion.Language);
        Assert.Equal(1.0 / 3.0, line.Score, 12);
        Assert.Equal(MatchingOptions.Default.LanguageWeight, line.Weight);
        Assert.Equal(Matchers.Codes(Matchers.Reference.Search([carer], request, 1)), ["A"]);
    }

    [Fact]
    public void An_override_replaces_the_minors_languages()
    {
        var request = Example(Speaking("M1", "ar")) with { Languages = [new LanguageCode("uk")] };
        Assert.Equal(["uk"], request.EffectiveLanguages.Select(l => l.Value));
        Assert.Equal(0.0, Line(request, EligibleCarer("A") with { Languages = [new LanguageCode("ar")] }, Criterion.Language).Score);
    }

    [Fact]
    public void An_empty_override_turns_the_language_criterion_off()
    {
        var request = Example(Speaking("M1", "ar")) with { Languages = [] };
        Assert.Empty(request.EffectiveLanguages);
        Assert.Equal(0.0, Line(request, EligibleCarer("A"), Criterion.Language).Weight);
    }

    [Fact]
    public void Without_an_override_the_backgrounds_are_those_recorded_for_the_minors()
    {
        var request = Example(Child("M1", 7, Group) with { Background = new BackgroundTag("orthodox") }, Child("M2", 9, Group));
        Assert.Equal(["orthodox"], request.EffectiveBackgrounds.Select(b => b.Value));
        var line = Line(request, EligibleCarer("A") with { Backgrounds = [new BackgroundTag("orthodox")] }, Criterion.Background);
        Assert.Equal(1.0, line.Score);
        Assert.Equal(MatchingOptions.Default.BackgroundWeight, line.Weight);
        Assert.Equal(0.0, Line(Example(), EligibleCarer("A"), Criterion.Background).Weight);
    }

    [Fact]
    public void A_request_prints_its_id_only()
    {
        var request = Example(Child("M1", 7, Group) with { Background = new BackgroundTag("muslim") }) with { Id = "2026/0457" };
        Assert.Equal("MatchRequest { Id = 2026/0457 }", request.ToString());
    }
}
