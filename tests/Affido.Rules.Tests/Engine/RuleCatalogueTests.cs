using System.Reflection;
using System.Text.RegularExpressions;
using Affido.Domain;
using NodaTime;

namespace Affido.Rules.Tests.Engine;

public class RuleCatalogueTests
{
    private static readonly IReadOnlyList<string> Constants = typeof(RuleCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string) && f.Name != nameof(RuleCodes.Grammar))
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToList();

    [Fact]
    public void Every_code_is_unique_follows_the_grammar_and_is_produced_by_one_rule()
    {
        var codes = RuleCatalogue.Default.Codes;
        Assert.Equal(30, codes.Count);
        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.All(codes, code => Assert.Matches(RuleCodes.Grammar, code));
        Assert.Equal(Constants.Order(StringComparer.Ordinal), codes.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_codes_of_facts_both_rules_and_matching_report_come_from_the_domain()
    {
        Assert.Contains(LegalFactCodes.RegistryConsentMissing, RuleCatalogue.Default.Codes);
        Assert.Contains(LegalFactCodes.CarerConflictOfInterest, RuleCatalogue.Default.Codes);
    }

    [Fact]
    public void The_architecture_codes_are_kept_verbatim()
    {
        string[] architecture =
        [
            "consent.parents.missing", "consent.minor.missing", "hearing.minor.missing", "commitment.carers.missing",
            "decree.guardianship-judge.missing", "decree.juvenile-court.missing", "urgent.documents.pending", "urgent.documents.overdue",
            "duration.missing", "duration.exceeds-maximum", "duration.extension-signal-due", "duration.expiring", "duration.expired",
            "minor.comes-of-age", "verification.cadence-too-long", "verification.overdue", "court-report.overdue", "plan.element-missing",
            "plan.signature-missing", "siblings.separated", "registry.consent-missing", "urgent-removal.transmission-overdue",
            "urgent-removal.validation-request-overdue", "urgent-removal.validation-overdue", "urgent-removal.hearing-overdue",
            "urgent-removal.decree-overdue", "informal-hosting.report-due", "carer.conflict-of-interest", "proceeding.carers-not-convened",
            "service-placement.element-missing",
        ];
        Assert.Equal(architecture.Order(StringComparer.Ordinal), RuleCatalogue.Default.Codes.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_code_has_a_message_in_both_languages()
        => Assert.All(RuleCatalogue.Default.Codes, code =>
        {
            Assert.True(RuleMessages.Catalogue.Contains(code), code);
            Assert.False(string.IsNullOrWhiteSpace(RuleMessages.Catalogue.Template(code, MessageLanguage.Italian)));
            Assert.False(string.IsNullOrWhiteSpace(RuleMessages.Catalogue.Template(code, MessageLanguage.English)));
        });

    [Fact]
    public void Every_message_key_is_a_code_a_variant_of_one_or_a_fragment()
    {
        var codes = RuleCatalogue.Default.Codes.Concat(ValidationCodesOfThePackage()).ToHashSet(StringComparer.Ordinal);
        var domainCodes = typeof(ValidationCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string)).Select(f => (string)f.GetRawConstantValue()!).ToHashSet(StringComparer.Ordinal);
        Assert.All(RuleMessages.Catalogue.Codes, key =>
        {
            int colon = key.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
            {
                Assert.True(codes.Contains(key) || key.StartsWith("contribution.", StringComparison.Ordinal), key);
                Assert.Matches(RuleCodes.Grammar, key);
            }
            else
            {
                // A variant of a finding's or a validation code (Affido.Domain's too: a date or period of the rules' facts
                // out of range is the domain's fact, worded for where the rules count it from), or a fragment.
                Assert.True(codes.Contains(key[..colon]) || domainCodes.Contains(key[..colon]) || RuleMessages.FragmentGroups.Contains(key[..colon]), key);
            }
        });
    }

    [Fact]
    public void Every_validation_code_of_the_package_has_a_message_in_both_languages()
        => Assert.All(ValidationCodesOfThePackage(), code =>
        {
            Assert.True(RuleMessages.Catalogue.Contains(code), code);
            Assert.False(string.IsNullOrWhiteSpace(RuleMessages.Catalogue.Template(code, MessageLanguage.Italian)));
            Assert.False(string.IsNullOrWhiteSpace(RuleMessages.Catalogue.Template(code, MessageLanguage.English)));
        });

    /// <summary>The error codes the validators of the package declare (their public constants).</summary>
    private static List<string> ValidationCodesOfThePackage()
        => typeof(RuleEvaluator).Assembly.GetExportedTypes().Where(t => t.Name.EndsWith("Validator", StringComparison.Ordinal))
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.IsLiteral && f.FieldType == typeof(string)).Select(f => (string)f.GetRawConstantValue()!).ToList();

    [Fact]
    public void The_english_messages_name_the_courts_in_english_and_the_italian_ones_in_italian()
        => Assert.All(RuleMessages.Catalogue.Codes, key =>
        {
            string english = RuleMessages.Catalogue.Template(key, MessageLanguage.English);
            string italian = RuleMessages.Catalogue.Template(key, MessageLanguage.Italian);
            Assert.DoesNotContain("tribunale", english, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("giudice tutelare", english, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("juvenile court", italian, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotMatch(@"\btribunale\b(?! per i minorenni)", italian);
        });

    [Fact]
    public void Every_source_is_a_named_legal_source()
    {
        var named = typeof(LegalSources).GetProperties(BindingFlags.Public | BindingFlags.Static).Select(p => (LegalSource)p.GetValue(null)!)
            .Append(LegalSource.DistrictPolicy).ToHashSet();
        Assert.All(RuleCatalogue.Default.Kinds, kind => Assert.Contains(kind.Source, named));
    }

    [Fact]
    public void Every_validation_code_of_the_package_follows_the_grammar_and_is_no_rule_code()
    {
        var codes = ValidationCodesOfThePackage();
        Assert.Equal(16, codes.Count);
        Assert.All(codes, code => Assert.Matches(RuleCodes.Grammar, code));
        Assert.Empty(codes.Intersect(RuleCatalogue.Default.Codes));
        Assert.Equal(codes.Count, codes.Distinct().Count());
    }

    [Fact]
    public void Every_evaluator_and_validator_is_constructible_without_dependency_injection()
    {
        var types = typeof(RuleEvaluator).Assembly.GetExportedTypes()
            .Where(t => !t.IsAbstract && (t.Name.EndsWith("Validator", StringComparison.Ordinal) || t.Name.EndsWith("Evaluator", StringComparison.Ordinal) || t.Name.EndsWith("Calculator", StringComparison.Ordinal)))
            .ToList();
        Assert.Equal(11, types.Count);
        Assert.All(types, t =>
        {
            object? instance = t.GetConstructor(Type.EmptyTypes) is { } empty ? empty.Invoke(null) : Activator.CreateInstance(t, DistrictPolicy.Default);
            Assert.NotNull(instance);
        });
    }

    [Fact]
    public void The_catalogue_refuses_bad_codes_other_facts_and_overlapping_versions()
    {
        Assert.Throws<ArgumentException>("rule", () => RuleCatalogue.Empty.Add(new TestRule("Consent.Missing", RuleValidity.Always)));
        Assert.Throws<ArgumentException>("rule", () => RuleCatalogue.Empty.Add(new TestRule("a.b.c.d", RuleValidity.Always)));
        Assert.Throws<ArgumentException>("rule", () => RuleCatalogue.Default.Add(new TestRule(RuleCodes.DurationExpired, RuleValidity.SinceCartabia)));
        Assert.Throws<ArgumentException>("rule", () => RuleCatalogue.Default.Add(new OtherFactsRule(RuleCodes.InformalHostingReportDue)));
        Assert.Throws<ArgumentNullException>("rule", () => RuleCatalogue.Empty.Add<PlacementFacts>(null!));
        var extended = RuleCatalogue.Default.Add(new TestRule("local.rule-of-mine", RuleValidity.Always));
        Assert.Contains("local.rule-of-mine", extended.Codes);
        Assert.DoesNotContain("local.rule-of-mine", RuleCatalogue.Default.Codes);
    }

    [Fact]
    public void An_integrators_rule_runs_through_the_evaluator_after_validation()
    {
        var evaluator = new RuleEvaluator(DistrictPolicy.Default, RuleCatalogue.Default.Add(new TestRule("local.rule-of-mine", RuleValidity.Always)));
        Assert.Single(evaluator.Evaluate(Fixture.Placement(), Fixture.Plan(), Fixture.AsOf).WithCode("local.rule-of-mine"));
        Assert.Empty(evaluator.Evaluate(Fixture.Placement() with { Minors = [] }, Fixture.Plan(), Fixture.AsOf).Findings);
    }

    private sealed class TestRule(string code, RuleValidity validity) : IRule<PlacementFacts>
    {
        private static readonly LegalSource Source = LegalSource.Of("Local rule 1");

        public IReadOnlyList<FindingKind> Kinds { get; } = [new(code, Severity.Info, Source)];

        public RuleValidity Validity => validity;

        public LocalDate ProvisionDate(PlacementFacts facts, RuleContext context) => facts.Placement.Start;

        public IEnumerable<Finding> Evaluate(PlacementFacts facts, RuleContext context)
            => [new Finding { Code = code, Severity = Severity.Info, Message = new("Regola locale.", "Local rule."), Source = Source }];
    }

    private sealed class OtherFactsRule(string code) : IRule<CivilProceeding>
    {
        public IReadOnlyList<FindingKind> Kinds { get; } = [new(code, Severity.Info, LegalSource.Of("Local rule 2"))];

        public RuleValidity Validity => RuleValidity.Always;

        public LocalDate ProvisionDate(CivilProceeding facts, RuleContext context) => facts.Date;

        public IEnumerable<Finding> Evaluate(CivilProceeding facts, RuleContext context) => [];
    }
}
