using System.Globalization;
using System.Reflection;
using System.Text;
using NodaTime;

namespace Affido.Domain.Tests.Validation;

/// <summary>
/// The codes of <see cref="ValidationCodes"/> and their messages: unique, in the library's grammar, written in both
/// languages, reachable, and rendered byte for byte the same whatever the thread's culture.
/// </summary>
public sealed class ValidationMessageTests
{
    private static readonly string[] Cultures = ["", "it-IT", "de-DE", "ar-SA"];

    private static IReadOnlyList<(string Name, string Code)> Declared { get; } = [.. typeof(ValidationCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (f.Name, (string)f.GetRawConstantValue()!))];

    [Fact]
    public void Every_code_is_unique_and_follows_the_grammar()
    {
        Assert.True(Declared.Count > 50);
        Assert.Equal(Declared.Count, Declared.Select(d => d.Code).Distinct(StringComparer.Ordinal).Count());
        Assert.All(Declared, d => Assert.Matches(ValidationAssert.CodeGrammar(), d.Code));
    }

    [Fact]
    public void Every_code_has_an_italian_and_an_english_message_and_the_catalogue_nothing_else()
    {
        Assert.Equal(Declared.Select(d => d.Code).Order(StringComparer.Ordinal), DomainMessages.Catalogue.Codes);
        foreach (var (_, code) in Declared)
        {
            Assert.False(string.IsNullOrWhiteSpace(DomainMessages.Catalogue.Template(code, MessageLanguage.Italian)), code);
            Assert.False(string.IsNullOrWhiteSpace(DomainMessages.Catalogue.Template(code, MessageLanguage.English)), code);
            Assert.NotEqual(DomainMessages.Catalogue.Template(code, MessageLanguage.Italian), DomainMessages.Catalogue.Template(code, MessageLanguage.English));
        }
    }

    [Fact]
    public void Every_code_is_reported_by_its_example_with_both_messages()
    {
        var examples = ValidationExamples.All().ToList();
        Assert.Equal(Declared.Select(d => d.Code).Order(StringComparer.Ordinal), examples.Select(e => e.Code).Order(StringComparer.Ordinal));
        foreach (var (code, failures) in examples)
        {
            var failure = failures.FirstOrDefault(f => f.ErrorCode == code);
            Assert.True(failure is not null, $"{code}: got {string.Join(", ", failures.Select(f => f.ErrorCode))}");
            var text = failure.Text();
            Assert.Equal(failure.ErrorMessage, text.English);
            Assert.DoesNotContain("{", text.English + text.Italian, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_validation_message_is_byte_identical_under_invariant_italian_german_and_arabic_cultures()
    {
        var renderings = Cultures.Select(culture => InCulture(culture, () => Render(ValidationExamples.All()))).ToList();
        Assert.Contains("31/12/2199", renderings[0], StringComparison.Ordinal);
        Assert.Contains("2199-12-31", renderings[0], StringComparison.Ordinal);
        Assert.Contains("1 month and -29 days", renderings[0], StringComparison.Ordinal);
        foreach (string rendering in renderings.Skip(1))
        {
            Assert.Equal(Encoding.UTF8.GetBytes(renderings[0]), Encoding.UTF8.GetBytes(rendering));
        }
    }

    [Fact]
    public void Every_template_filled_with_dates_numbers_and_periods_is_byte_identical_under_every_culture()
    {
        var renderings = Cultures.Select(culture => InCulture(culture, () =>
        {
            var text = new StringBuilder();
            foreach (string code in DomainMessages.Catalogue.Codes)
            {
                var arguments = Placeholders(code).Select(name => name switch
                {
                    "earliest" or "latest" or "reference" => MessageArgument.Date(name, new LocalDate(2026, 3, 16)),
                    "period" => MessageArgument.Period(name, Period.FromYears(1) + Period.FromMonths(-2) + Period.FromDays(1_234)),
                    "type" or "province" => MessageArgument.Text(name, "X"),
                    _ => MessageArgument.Number(name, -1_234_567),
                }).ToArray();
                var message = DomainMessages.Catalogue.Render(code, arguments);
                text.Append(code).Append('|').Append(message.Italian).Append('|').Append(message.English).Append('\n');
            }

            return text.ToString();
        })).ToList();
        Assert.Contains("-1234567", renderings[0], StringComparison.Ordinal);
        Assert.Contains("16/03/2026", renderings[0], StringComparison.Ordinal);
        foreach (string rendering in renderings.Skip(1))
        {
            Assert.Equal(Encoding.UTF8.GetBytes(renderings[0]), Encoding.UTF8.GetBytes(rendering));
        }
    }

    private static string Render(IEnumerable<(string Code, IReadOnlyList<FluentValidation.Results.ValidationFailure> Failures)> examples)
    {
        var text = new StringBuilder();
        foreach (var (_, failures) in examples)
        {
            foreach (var failure in failures)
            {
                text.Append(failure.PropertyName).Append('|').Append(failure.ErrorCode).Append('|')
                    .Append(failure.ErrorMessage).Append('|').Append(failure.MessageIn(MessageLanguage.Italian)).Append('\n');
            }
        }

        return text.ToString();
    }

    private static IEnumerable<string> Placeholders(string code)
    {
        string template = DomainMessages.Catalogue.Template(code, MessageLanguage.English);
        for (int open = template.IndexOf('{', StringComparison.Ordinal); open >= 0; open = template.IndexOf('{', open + 1))
        {
            yield return template[(open + 1)..template.IndexOf('}', open)];
        }
    }

    private static T InCulture<T>(string name, Func<T> action)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
            return action();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }
}
