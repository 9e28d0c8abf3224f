using System.Reflection;
using System.Text.RegularExpressions;
using Affido.Domain;
using Affido.Matching;
using Affido.Rules;
using Affido.TestSupport;

namespace Affido.PublicApi.Tests.Codes;

/// <summary>
/// Every stable code the library declares, across the three packages: validation codes (<see cref="ValidationCodes"/>,
/// <see cref="MatchValidationCodes"/>, the Rules validators' constants and literal error codes), rule codes
/// (<see cref="RuleCatalogue.Default"/>, <see cref="RuleCodes"/>), hard filter reason codes, criterion codes and
/// <see cref="LegalFactCodes"/>. Each follows the one grammar, is declared once in the whole library (a legal fact both
/// Rules and Matching report is one constant of <see cref="LegalFactCodes"/>, counted once), and has a message in
/// Italian and in English in its package's catalogue. The per-package tests check their own codes; this one checks
/// what none of them sees: a code of one package that another package also declares.
/// </summary>
public sealed partial class LibraryCodesTests
{
    private const string DomainValidation = "Affido.Domain validation code";
    private const string LegalFact = "legal fact (LegalFactCodes)";
    private const string RuleFinding = "Affido.Rules finding code";
    private const string RulesValidation = "Affido.Rules validation code";
    private const string MatchingValidation = "Affido.Matching validation code";
    private const string MatchingReason = "Affido.Matching reason code";
    private const string MatchingCriterion = "Affido.Matching criterion code";

    /// <summary>The catalogue of Affido.Rules is internal: read it by reflection (this project sees public types only).</summary>
    private static readonly MessageCatalogue RulesCatalogue = (MessageCatalogue)typeof(RuleEvaluator).Assembly
        .GetType("Affido.Rules.RuleMessages", throwOnError: true)!
        .GetProperty("Catalogue", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)!
        .GetValue(null)!;

    [GeneratedRegex(@"^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+(-[a-z0-9]+)*){1,2}$")]
    private static partial Regex Grammar();

    [GeneratedRegex(@"(?:WithErrorCode\s*\(|ErrorCode\s*=)\s*""([^""]*)""")]
    private static partial Regex LiteralErrorCode();

    private static IEnumerable<string> Constants(Type type)
        => type.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string) && f.Name != nameof(RuleCodes.Grammar))
            .Select(f => (string)f.GetRawConstantValue()!);

    /// <summary>Every declared code with what declares it.</summary>
    private static List<(string Code, string Owner)> Declared()
    {
        var codes = new List<(string, string)>();
        codes.AddRange(Constants(typeof(ValidationCodes)).Select(c => (c, DomainValidation)));
        codes.AddRange(Constants(typeof(LegalFactCodes)).Select(c => (c, LegalFact)));
        codes.AddRange(RuleCatalogue.Default.Codes.Concat(Constants(typeof(RuleCodes))).Distinct(StringComparer.Ordinal).Select(c => (c, RuleFinding)));
        var rulesValidators = typeof(RuleEvaluator).Assembly.GetTypes().Where(t => t.Name.EndsWith("Validator", StringComparison.Ordinal));
        var rulesLiterals = SourceFiles.CSharpFiles("src/Affido.Rules")
            .SelectMany(f => LiteralErrorCode().Matches(SourceFiles.Code(SourceFiles.Read(f), keepStrings: true)))
            .Select(m => m.Groups[1].Value);
        codes.AddRange(rulesValidators.SelectMany(Constants).Concat(rulesLiterals).Distinct(StringComparer.Ordinal).Select(c => (c, RulesValidation)));
        codes.AddRange(Constants(typeof(MatchValidationCodes)).Select(c => (c, MatchingValidation)));
        codes.AddRange(HardFilters.All.Select(f => (f.ReasonCode, MatchingReason)));
        codes.AddRange(SoftCriteria.All.Select(c => (c.Code, MatchingCriterion)));
        return codes;
    }

    /// <summary>The catalogues that must hold the messages of a code of <paramref name="owner"/>.</summary>
    private static IEnumerable<(string Name, MessageCatalogue Catalogue)> CataloguesOf(string owner) => owner switch
    {
        DomainValidation => [("DomainMessages", DomainMessages.Catalogue)],
        LegalFact => [("RuleMessages", RulesCatalogue), ("MatchingMessages", MatchingMessages.Catalogue)],
        RuleFinding or RulesValidation => [("RuleMessages", RulesCatalogue)],
        _ => [("MatchingMessages", MatchingMessages.Catalogue)],
    };

    [Fact]
    public void The_library_declares_codes_in_every_category()
    {
        var owners = Declared().GroupBy(c => c.Owner).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(7, owners.Count);
        Assert.True(owners[DomainValidation] > 50 && owners[RuleFinding] >= 30 && owners[MatchingReason] == HardFilters.Count, string.Join(", ", owners));
        Assert.Contains(("policy.part-time-above-full-time", RulesValidation), Declared());
    }

    [Fact]
    public void Every_code_follows_the_grammar()
    {
        var offenders = Declared().Where(c => !Grammar().IsMatch(c.Code)).Select(c => $"{c.Owner}: '{c.Code}'").ToList();
        Assert.True(offenders.Count == 0, string.Join("\n", offenders));
        Assert.Equal(RuleCodes.Grammar, Grammar().ToString());
    }

    [Fact]
    public void Every_code_is_declared_once_across_the_library_and_a_shared_legal_fact_is_one_constant()
    {
        var legalFacts = Constants(typeof(LegalFactCodes)).ToHashSet(StringComparer.Ordinal);
        var offenders = new List<string>();
        foreach (var group in Declared().GroupBy(c => c.Code, StringComparer.Ordinal))
        {
            var owners = group.Select(c => c.Owner).Distinct().ToList();
            bool shared = legalFacts.Contains(group.Key) && owners.All(o => o is LegalFact or RuleFinding or MatchingReason);
            if (owners.Count > 1 && !shared)
            {
                offenders.Add($"'{group.Key}' is declared as {string.Join(" and as ", owners)}");
            }
        }

        // A legal fact is reported by both packages, through the one constant.
        foreach (string fact in legalFacts)
        {
            Assert.Contains(fact, RuleCatalogue.Default.Codes);
            Assert.Contains(HardFilters.All, f => f.ReasonCode == fact);
        }

        // Declared once: no code is written as a literal in two places of src/ (the message files are keyed by code,
        // once per language, and are not declarations).
        var literals = SourceFiles.CSharpFiles("src")
            .Where(f => !f.Contains("/Messages/", StringComparison.Ordinal))
            .SelectMany(f => Regex.Matches(SourceFiles.Code(SourceFiles.Read(f), keepStrings: true), @"""([a-z0-9.-]+)""").Select(m => (File: f, Code: m.Groups[1].Value)))
            .ToList();
        foreach (string? code in Declared().Select(c => c.Code).Distinct(StringComparer.Ordinal))
        {
            var places = literals.Where(l => l.Code == code).Select(l => l.File).ToList();
            if (places.Count > 1)
            {
                offenders.Add($"'{code}' is written {places.Count} times: {string.Join(", ", places)}");
            }
        }

        Assert.True(offenders.Count == 0, string.Join("\n", offenders));
    }

    [Fact]
    public void Every_code_has_a_message_in_italian_and_in_english_in_its_package_catalogue()
    {
        var offenders = new List<string>();
        foreach (var (code, owner) in Declared().Distinct())
        {
            foreach (var (name, catalogue) in CataloguesOf(owner))
            {
                bool complete = catalogue.Contains(code)
                    && !string.IsNullOrWhiteSpace(catalogue.Template(code, MessageLanguage.Italian))
                    && !string.IsNullOrWhiteSpace(catalogue.Template(code, MessageLanguage.English));
                if (!complete)
                {
                    offenders.Add($"'{code}' ({owner}) has no Italian and English message in {name}");
                }
            }
        }

        Assert.True(offenders.Count == 0, string.Join("\n", offenders));
    }
}
