using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Affido.Rules.Tests;

public class ServiceCollectionExtensionsTests
{
    [Fact]
    public void Registers_the_policy_the_evaluator_and_the_calculator_on_a_real_container()
    {
        var services = new ServiceCollection();
        var returned = services.AddAffidoRules(p => p with { MonthlyContributionFullTime = 500m, MonthlyContributionPartTime = 250m });
        Assert.Same(services, returned);
        using var provider = services.BuildServiceProvider(validateScopes: true);
        var rules = provider.GetRequiredService<RuleEvaluator>();
        Assert.Equal(500m, rules.Policy.MonthlyContributionFullTime);
        Assert.Same(rules, provider.GetRequiredService<RuleEvaluator>());
        Assert.Same(rules.Policy, provider.GetRequiredService<ContributionCalculator>().Policy);
        Assert.True(rules.Evaluate(Fixture.Placement(), Fixture.Plan(), Fixture.AsOf).IsClean);
    }

    [Fact]
    public void Without_configuration_the_defaults_apply()
    {
        using var provider = new ServiceCollection().AddAffidoRules().BuildServiceProvider();
        Assert.Equal(DistrictPolicy.Default, provider.GetRequiredService<DistrictPolicy>());
    }

    [Fact]
    public void An_invalid_policy_fails_when_resolved_with_every_reason()
    {
        using var provider = new ServiceCollection().AddAffidoRules(p => p with { ContributionDueDay = 31, MonthlyContributionFullTime = -1m }).BuildServiceProvider();
        var e = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<RuleEvaluator>());
        Assert.Equal(typeof(DistrictPolicy), e.OptionsType);
        Assert.Contains(e.Failures, f => f.Contains("ContributionDueDay", StringComparison.Ordinal));
        Assert.Contains(e.Failures, f => f.Contains("MonthlyContributionFullTime", StringComparison.Ordinal));
    }

    [Fact]
    public void Existing_registrations_are_kept()
    {
        var mine = DistrictPolicy.Default with { ContributionDueDay = 10 };
        var services = new ServiceCollection().AddSingleton(mine);
        services.AddAffidoRules(p => p with { ContributionDueDay = 20 }).AddAffidoRules();
        Assert.Single(services, d => d.ServiceType == typeof(RuleEvaluator));
        using var provider = services.BuildServiceProvider();
        Assert.Same(mine, provider.GetRequiredService<RuleEvaluator>().Policy);
    }

    [Fact]
    public void A_null_collection_is_a_programming_error()
        => Assert.Throws<ArgumentNullException>(() => ServiceCollectionExtensions.AddAffidoRules(null!));
}
