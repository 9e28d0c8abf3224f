using System.Globalization;
using Affido.Domain;
using NodaTime;
using static Affido.Matching.Tests.Support.Fixtures;

namespace Affido.Matching.Tests.Messages;

/// <summary>The package's messages read the same whatever the server's culture, in both languages.</summary>
public sealed class MatchingMessagesTests
{
    private static readonly string[] Cultures = ["", "it-IT", "de-DE", "ar-SA"];

    private static T Under<T>(string culture, Func<T> action)
    {
        var (current, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            return action();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (current, ui);
        }
    }

    [Fact]
    public void Every_message_is_byte_identical_under_every_culture()
    {
        var invariant = Under("", () => MatchingMessages.Catalogue.Codes.Select(c => MatchingMessages.Catalogue.Render(c)).ToList());
        foreach (string culture in Cultures)
        {
            var rendered = Under(culture, () => MatchingMessages.Catalogue.Codes.Select(c => MatchingMessages.Catalogue.Render(c)).ToList());
            Assert.Equal(invariant, rendered);
        }
    }

    [Fact]
    public void Labels_of_filters_and_criteria_are_byte_identical_under_every_culture()
    {
        string Labels() => string.Join("\n", HardFilters.All.Select(f => f.Label.Italian + "|" + f.Label.English)
            .Concat(SoftCriteria.All.Select(c => c.Label.Italian + "|" + c.Label.English)));
        string expected = Under("", Labels);
        Assert.All(Cultures, culture => Assert.Equal(expected, Under(culture, Labels)));
        Assert.Contains("4° grado", expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Validation_messages_are_the_catalogues_english_under_every_culture()
    {
        // FluentValidation would switch its own default messages to Italian or German here; the package's never do.
        var request = Example() with
        {
            Id = " ",
            ExpectedStart = new LocalDate(1899, 12, 31),
            Form = (PlacementForm)42,
            Languages = [new LanguageCode("")],
        };
        foreach (string culture in Cultures)
        {
            var failures = Under(culture, () => new MatchRequestValidator().Validate(request).Errors);
            Assert.NotEmpty(failures);
            Assert.All(failures, f => Assert.Equal(MatchingMessages.Catalogue.Template(f.ErrorCode, MessageLanguage.English), f.ErrorMessage));
        }

        var options = Under("de-DE", () => new MatchingOptionsValidator().Validate(MatchingOptions.Default with { KinshipWeight = -1 }).Errors);
        Assert.Equal("A weight must be a number from 0 to 1000.", Assert.Single(options).ErrorMessage);
    }
}
