using Affido.Domain;
using Affido.TestSupport;
using FluentValidation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Affido.Rules.Tests;

/// <summary>AddAffidoRules on a real container and a real host: the options pattern, one truth, failing at start.</summary>
public class ServiceCollectionExtensionsTests
{
    private static readonly Dictionary<string, string?> DistrictSettings = new()
    {
        ["Affido:Policy:MonthlyContributionFullTime"] = "520.50",
        ["Affido:Policy:MonthlyContributionPartTime"] = "260.25",
        ["Affido:Policy:PartialMonth"] = "WholeMonth",
        ["Affido:Policy:ContributionDueDay"] = "10",
        ["Affido:Policy:ExpiryNoticeWindow"] = "P60D",
        ["Affido:Policy:MinorConsentMissingInJudicialPlacement"] = "Error",
    };

    private static IHost Host(IDictionary<string, string?> settings, Action<HostApplicationBuilder>? more = null)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddAffidoRules();
        builder.Services.Configure<DistrictPolicy>(builder.Configuration.GetSection("Affido:Policy"));
        more?.Invoke(builder);
        return builder.Build();
    }

    [Fact]
    public async Task A_configuration_section_reaches_the_rules_and_every_service_sees_the_same_policy()
    {
        using var host = Host(DistrictSettings);
        await host.StartAsync();
        var services = host.Services;

        var policy = services.GetRequiredService<DistrictPolicy>();
        Assert.Equal(DistrictPolicy.Default with
        {
            MonthlyContributionFullTime = 520.50m,
            MonthlyContributionPartTime = 260.25m,
            PartialMonth = PartialMonthRule.WholeMonth,
            ContributionDueDay = 10,
            ExpiryNoticeWindow = Period.FromDays(60),
            MinorConsentMissingInJudicialPlacement = Severity.Error,
        }, policy);
        Assert.Same(services.GetRequiredService<IOptions<DistrictPolicy>>().Value, policy);
        Assert.Same(policy, services.GetRequiredService<RuleEvaluator>().Policy);
        Assert.Same(policy, services.GetRequiredService<ContributionCalculator>().Policy);
        Assert.True(services.GetRequiredService<RuleEvaluator>().Evaluate(Fixture.Placement(), Fixture.Plan(), Fixture.AsOf).IsClean);
        await host.StopAsync();
    }

    [Fact]
    public void A_with_step_and_the_configuration_compose_in_registration_order()
    {
        var services = new ServiceCollection();
        services.AddAffidoRules(p => p with { MonthlyContributionFullTime = 600m, ContributionDueDay = 20 });
        services.AddOptions<DistrictPolicy>().Bind(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["ContributionDueDay"] = "5" }).Build());
        using var provider = services.BuildServiceProvider(validateScopes: true);
        var policy = provider.GetRequiredService<DistrictPolicy>();
        Assert.Equal(600m, policy.MonthlyContributionFullTime);
        Assert.Equal(5, policy.ContributionDueDay);
        Assert.Same(provider.GetRequiredService<IOptions<DistrictPolicy>>().Value, policy);
    }

    [Fact]
    public void Without_configuration_the_defaults_apply()
    {
        using var provider = new ServiceCollection().AddAffidoRules().BuildServiceProvider();
        Assert.Equal(DistrictPolicy.Default, provider.GetRequiredService<DistrictPolicy>());
        Assert.Same(RuleCatalogue.Default, provider.GetRequiredService<RuleEvaluator>().Catalogue);
    }

    [Fact]
    public async Task An_invalid_policy_in_the_configuration_stops_the_host_at_start_naming_each_member_and_code()
    {
        var settings = new Dictionary<string, string?>(DistrictSettings)
        {
            ["Affido:Policy:ContributionDueDay"] = "31",
            ["Affido:Policy:MonthlyContributionFullTime"] = "-1",
        };
        using var host = Host(settings);
        var e = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
        Assert.Equal(typeof(DistrictPolicy), e.OptionsType);
        Assert.Contains(e.Failures, f => f.StartsWith("DistrictPolicy.ContributionDueDay: ", StringComparison.Ordinal) && f.EndsWith("(policy.due-day-out-of-range)", StringComparison.Ordinal));
        Assert.Contains(e.Failures, f => f.StartsWith("DistrictPolicy.MonthlyContributionFullTime: ", StringComparison.Ordinal) && f.EndsWith("(policy.amount-negative)", StringComparison.Ordinal));
    }

    [Fact]
    public void An_invalid_policy_without_a_host_fails_when_first_resolved()
    {
        using var provider = new ServiceCollection().AddAffidoRules(p => p with { ContributionDueDay = 0 }).BuildServiceProvider();
        var e = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<RuleEvaluator>());
        Assert.Contains(e.Failures, f => f.StartsWith("DistrictPolicy.ContributionDueDay: ", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_public_validator_of_the_rules_and_of_the_domain_resolves()
    {
        var clock = RomeClock.At(Fixture.AsOf);
        using var provider = new ServiceCollection().AddAffidoDomain(clock).AddAffidoRules().BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        Assert.True(Registrations.PublicValidators(typeof(RuleEvaluator).Assembly).Count >= 9);
        Assert.Empty(Registrations.MissingValidators(provider, typeof(RuleEvaluator).Assembly));
        Assert.Empty(Registrations.MissingValidators(provider, typeof(Minor).Assembly));
        Assert.NotNull(provider.GetRequiredService<RuleEvaluator>());
        Assert.NotNull(provider.GetRequiredService<ContributionCalculator>());
        Assert.Same(clock, provider.GetRequiredService<IClock>());
    }

    [Fact]
    public void It_registers_no_clock_and_keeps_the_one_the_application_gives()
    {
        Assert.DoesNotContain(new ServiceCollection().AddAffidoRules(), d => d.ServiceType == typeof(IClock));

        var clock = RomeClock.At(Fixture.AsOf);
        var services = new ServiceCollection().AddAffidoDomain(clock).AddAffidoRules();
        Assert.Same(clock, Assert.Single(services, d => d.ServiceType == typeof(IClock)).ImplementationInstance);
    }

    [Fact]
    public void Without_a_clock_a_domain_validator_that_reads_today_fails_naming_IClock()
    {
        using var provider = new ServiceCollection().AddAffidoRules().BuildServiceProvider();
        Assert.NotNull(provider.GetRequiredService<RuleEvaluator>());
        var e = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<IValidator<FosterCarer>>());
        Assert.Contains(typeof(IClock).FullName!, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Calling_it_twice_adds_nothing_and_validates_once()
    {
        var services = new ServiceCollection().AddAffidoRules();
        var once = Registrations.Describe(services);
        services.AddAffidoRules().AddAffidoDomain();
        Assert.Equal(once, Registrations.Describe(services));
        Assert.Single(services, d => d.ServiceType == typeof(IValidateOptions<DistrictPolicy>));
    }

    [Fact]
    public void A_catalogue_registered_first_is_the_one_evaluated()
    {
        var catalogue = RuleCatalogue.Empty;
        using var provider = new ServiceCollection().AddSingleton(catalogue).AddAffidoRules().BuildServiceProvider();
        Assert.Same(catalogue, provider.GetRequiredService<RuleEvaluator>().Catalogue);
    }

    [Fact]
    public void A_policy_registered_as_a_service_of_its_own_is_refused_it_would_disagree_with_the_options()
    {
        var services = new ServiceCollection().AddSingleton(DistrictPolicy.Default with { ContributionDueDay = 10 });
        var e = Assert.Throws<ArgumentException>(() => services.AddAffidoRules());
        Assert.Equal("services", e.ParamName);
    }

    [Fact]
    public void A_null_collection_is_a_programming_error()
        => Assert.Throws<ArgumentNullException>(() => ServiceCollectionExtensions.AddAffidoRules(null!));
}
