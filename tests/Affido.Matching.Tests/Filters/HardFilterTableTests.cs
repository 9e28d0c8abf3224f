using System.Linq.Expressions;
using System.Reflection;
using System.Text.RegularExpressions;
using Affido.Domain;
using static Affido.Matching.Tests.Support.Fixtures;

namespace Affido.Matching.Tests.Filters;

/// <summary>The tables that declare the hard filters and the criteria: complete, in order, with codes and labels.</summary>
public sealed partial class HardFilterTableTests
{
    [Fact]
    public void The_table_has_one_row_per_filter_in_the_order_of_the_enum()
    {
        Assert.Equal(Enum.GetValues<HardFilter>(), HardFilters.All.Select(f => f.Filter));
        Assert.Equal(Enum.GetValues<HardFilter>().Length, HardFilters.Count);
        Assert.All(HardFilters.All, f => Assert.Same(f, HardFilters.Of(f.Filter)));
        Assert.Throws<ArgumentOutOfRangeException>(() => HardFilters.Of((HardFilter)HardFilters.Count));
    }

    [Fact]
    public void The_criteria_table_has_one_row_per_criterion_in_the_order_of_the_enum()
    {
        Assert.Equal(Enum.GetValues<Criterion>(), SoftCriteria.All.Select(c => c.Criterion));
        Assert.Equal(ScoreVector.CriterionCount, Enum.GetValues<Criterion>().Length);
        Assert.Throws<ArgumentOutOfRangeException>(() => SoftCriteria.Of((Criterion)99));
        Assert.All(SoftCriteria.All, c => Assert.Equal(MatchingOptions.Default.WeightOf(c.Criterion), c.WeightIn(MatchingOptions.Default)));
    }

    [Fact]
    public void Missing_consent_and_conflict_of_interest_use_the_codes_shared_with_the_rules()
    {
        Assert.Equal(LegalFactCodes.RegistryConsentMissing, HardFilters.Of(HardFilter.Consent).ReasonCode);
        Assert.Equal(LegalFactCodes.CarerConflictOfInterest, HardFilters.Of(HardFilter.ConflictOfInterest).ReasonCode);
        Assert.Equal(LegalSources.DataProcessingConsent, HardFilters.Of(HardFilter.Consent).Source);
        Assert.Equal(LegalSources.ConflictOfInterest, HardFilters.Of(HardFilter.ConflictOfInterest).Source);
    }

    [Fact]
    public void Every_code_of_the_package_follows_the_grammar_and_is_unique()
    {
        var codes = AllCodes().ToList();
        Assert.All(codes, code => Assert.Matches(CodeGrammar(), code));
        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Every_reason_code_criterion_and_validation_code_has_an_italian_and_an_english_message()
    {
        var catalogue = MatchingMessages.Catalogue;
        foreach (string code in AllCodes())
        {
            var text = catalogue.Render(code);
            Assert.False(string.IsNullOrWhiteSpace(text.Italian), code);
            Assert.False(string.IsNullOrWhiteSpace(text.English), code);
            Assert.NotEqual(text.Italian, text.English);
        }

        // No message for a code that no longer exists.
        string[] shared = new[] { ValidationCodes.Required, ValidationCodes.DateOutOfRange, ValidationCodes.PeriodTimeUnits, ValidationCodes.PeriodOutOfRange };
        Assert.Empty(catalogue.Codes.Except(AllCodes().Concat(shared), StringComparer.Ordinal));
    }

    [Fact]
    public void Labels_come_from_the_catalogue()
    {
        Assert.Equal(MatchingMessages.Catalogue.Render("carer.needs.not-accepted"), HardFilters.Of(HardFilter.Needs).Label);
        Assert.Equal("vicinanza alla famiglia d'origine", SoftCriteria.Of(Criterion.OriginProximity).Label.Italian);
        Assert.Equal("carer.needs.not-accepted", HardFilters.Of(HardFilter.Needs).ToString());
    }

    [Fact]
    public void The_filters_that_read_relatives_come_after_every_fixed_width_filter()
    {
        // The scan evaluates the relatives only for carers passing the fixed-width filters, and counts a carer under
        // its lowest failing bit: that is its first failing filter only if the relatives' bits are the highest.
        int all = HardFilters.All.Aggregate(0, (mask, f) => mask | f.Bit);
        Assert.Equal(0, CarerIndex.FixedWidthBits & CarerIndex.RelativesBits);
        Assert.Equal(CarerIndex.FixedWidthBits | CarerIndex.RelativesBits, all);
        Assert.True(CarerIndex.RelativesBits > CarerIndex.FixedWidthBits);
        Assert.True((CarerIndex.RelativesBits & -CarerIndex.RelativesBits) > CarerIndex.FixedWidthBits);
    }

    [Fact]
    public void Each_condition_is_a_plain_expression_over_the_carer_with_the_request_captured()
    {
        // Requests that make every filter apply: kinship only, a conflicting person, a protection constraint, needs.
        var request = Example(Child("M1", 9, needs: NeedProfile.Of((NeedCategory.Trauma, NeedLevel.High), (NeedCategory.Health, NeedLevel.Low)))) with
        {
            KinshipOnly = true,
            ConflictingPersons = [new PersonCode("J1")],
            Protection = ProtectionConstraint.NotSameDistrict,
        };
        var prefilter = HardFilters.Prefilter(request);
        Assert.Equal(HardFilters.Count, prefilter.WhereExpressions.Count());
        foreach (var where in prefilter.WhereExpressions)
        {
            var calls = new CallCollector();
            calls.Visit(where.Filter);
            Assert.All(calls.Methods, m => Assert.True(m.DeclaringType == typeof(Enumerable), $"{where.Filter} calls {m.DeclaringType}.{m.Name}"));
        }
    }

    [Fact]
    public void A_filter_that_does_not_apply_adds_no_condition()
    {
        var request = Example();
        Assert.Empty(HardFilters.SpecificationOf(HardFilter.Kinship, request).WhereExpressions);
        Assert.Empty(HardFilters.SpecificationOf(HardFilter.ConflictOfInterest, request).WhereExpressions);
        Assert.Empty(HardFilters.SpecificationOf(HardFilter.Protection, request).WhereExpressions);
        Assert.Empty(HardFilters.SpecificationOf(HardFilter.Needs, request).WhereExpressions);
        Assert.Single(HardFilters.SpecificationOf(HardFilter.Places, request).WhereExpressions);
        Assert.Equal(6, HardFilters.Prefilter(request).WhereExpressions.Count());
    }

    /// <summary>Every code the package declares: reason codes, criterion codes, validation codes.</summary>
    private static IEnumerable<string> AllCodes()
        => HardFilters.All.Select(f => f.ReasonCode)
            .Concat(SoftCriteria.All.Select(c => c.Code))
            .Concat(typeof(MatchValidationCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!));

    [GeneratedRegex(@"^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+(-[a-z0-9]+)*){1,2}$")]
    private static partial Regex CodeGrammar();

    private sealed class CallCollector : ExpressionVisitor
    {
        public List<MethodInfo> Methods { get; } = [];

        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            Methods.Add(node.Method);
            return base.VisitMethodCall(node);
        }

        protected override Expression VisitInvocation(InvocationExpression node)
        {
            Methods.Add(typeof(Delegate).GetMethod(nameof(Delegate.DynamicInvoke))!);
            return base.VisitInvocation(node);
        }
    }
}
