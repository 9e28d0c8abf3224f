using Affido.Domain;
using Affido.Matching.Tests.Support;
using Affido.TestSupport;
using FluentValidation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Affido.Matching.Tests;

/// <summary>AddAffidoMatching on a real container and a real host: the options pattern, one truth, failing at start.</summary>
public sealed class ServiceCollectionExtensionsTests
{
    private static IHost Host(IDictionary<string, string?> settings)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddAffidoMatching();
        builder.Services.Configure<MatchingOptions>(builder.Configuration.GetSection("Affido:Matching"));
        return builder.Build();
    }

    [Fact]
    public async Task A_configuration_section_reaches_the_index_and_every_service_sees_the_same_options()
    {
        using var host = Host(new Dictionary<string, string?>
        {
            ["Affido:Matching:KinshipWeight"] = "6.5",
            ["Affido:Matching:WaitingTimeCapDays"] = "365",
        });
        await host.StartAsync();
        var options = host.Services.GetRequiredService<MatchingOptions>();
        Assert.Equal(MatchingOptions.Default with { KinshipWeight = 6.5, WaitingTimeCapDays = 365 }, options);
        Assert.Same(host.Services.GetRequiredService<IOptions<MatchingOptions>>().Value, options);
        var index = host.Services.GetRequiredService<CarerIndexFactory>().Build([Fixtures.EligibleCarer("A")]);
        Assert.Same(options, index.Options);
        await host.StopAsync();
    }

    [Fact]
    public void A_with_step_configures_the_options_and_the_index()
    {
        using var provider = new ServiceCollection().AddAffidoMatching(o => o with { KinshipWeight = 6 }).BuildServiceProvider();
        Assert.Equal(6, provider.GetRequiredService<MatchingOptions>().KinshipWeight);
        Assert.Equal(6, provider.GetRequiredService<IOptions<MatchingOptions>>().Value.KinshipWeight);
        Assert.Equal(6, provider.GetRequiredService<CarerIndexFactory>().Build([Fixtures.EligibleCarer("A")]).Options.KinshipWeight);
    }

    [Fact]
    public async Task Invalid_options_in_the_configuration_stop_the_host_at_start_naming_the_member_and_code()
    {
        using var host = Host(new Dictionary<string, string?> { ["Affido:Matching:WaitingTimeWeight"] = "-1" });
        var e = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
        Assert.Equal(typeof(MatchingOptions), e.OptionsType);
        string failure = Assert.Single(e.Failures);
        Assert.StartsWith("MatchingOptions.WaitingTimeWeight: ", failure, StringComparison.Ordinal);
        Assert.EndsWith($"({MatchValidationCodes.OptionsWeightOutOfRange})", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_options_without_a_host_fail_when_first_resolved()
    {
        using var provider = new ServiceCollection().AddAffidoMatching(o => o with { WaitingTimeWeight = -1 }).BuildServiceProvider();
        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<CarerIndexFactory>());
    }

    [Fact]
    public void Every_public_validator_of_matching_and_of_the_domain_resolves()
    {
        var clock = RomeClock.At(Fixtures.Start);
        using var provider = new ServiceCollection().AddAffidoDomain(clock).AddAffidoMatching().BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        Assert.Equal(3, Registrations.PublicValidators(typeof(CarerIndex).Assembly).Count);
        Assert.Empty(Registrations.MissingValidators(provider, typeof(CarerIndex).Assembly));
        Assert.Empty(Registrations.MissingValidators(provider, typeof(FosterCarer).Assembly));
        Assert.IsType<MatchRequestValidator>(provider.GetRequiredService<IValidator<MatchRequest>>());
        Assert.Same(clock, provider.GetRequiredService<IClock>());
    }

    [Fact]
    public void It_registers_no_clock_and_keeps_the_one_the_application_gives()
    {
        Assert.DoesNotContain(new ServiceCollection().AddAffidoMatching(), d => d.ServiceType == typeof(IClock));

        var clock = RomeClock.At(Fixtures.Start);
        var services = new ServiceCollection().AddAffidoDomain(clock).AddAffidoMatching();
        Assert.Same(clock, Assert.Single(services, d => d.ServiceType == typeof(IClock)).ImplementationInstance);
    }

    [Fact]
    public void Without_a_clock_a_domain_validator_that_reads_today_fails_naming_IClock()
    {
        using var provider = new ServiceCollection().AddAffidoMatching().BuildServiceProvider();
        Assert.NotNull(provider.GetRequiredService<CarerIndexFactory>());
        var e = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<IValidator<FosterCarer>>());
        Assert.Contains(typeof(IClock).FullName!, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Calling_it_twice_adds_nothing()
    {
        var services = new ServiceCollection().AddAffidoMatching();
        var once = Registrations.Describe(services);
        services.AddAffidoMatching().AddAffidoDomain();
        Assert.Equal(once, Registrations.Describe(services));
    }

    [Fact]
    public void Options_registered_as_a_service_of_their_own_are_refused_they_would_disagree_with_the_options()
    {
        var services = new ServiceCollection().AddSingleton(MatchingOptions.Default with { LanguageWeight = 9 });
        Assert.Equal("services", Assert.Throws<ArgumentException>(() => services.AddAffidoMatching()).ParamName);
    }

    [Fact]
    public void A_null_collection_is_a_programming_error()
        => Assert.Throws<ArgumentNullException>(() => ServiceCollectionExtensions.AddAffidoMatching(null!));
}
