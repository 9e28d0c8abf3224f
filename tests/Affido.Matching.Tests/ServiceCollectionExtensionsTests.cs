using Affido.Matching.Tests.Support;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;

namespace Affido.Matching.Tests;

public sealed class ServiceCollectionExtensionsTests
{
    [Fact]
    public void Registers_options_matchers_and_validators()
    {
        using var provider = new ServiceCollection().AddAffidoMatching(o => o with { KinshipWeight = 6 }).BuildServiceProvider();
        Assert.Equal(6, provider.GetRequiredService<MatchingOptions>().KinshipWeight);
        Assert.IsType<MatchRequestValidator>(provider.GetRequiredService<IValidator<MatchRequest>>());
        Assert.IsType<MatchDecisionValidator>(provider.GetRequiredService<IValidator<MatchDecision>>());
        var index = provider.GetRequiredService<CarerIndexFactory>().Build([Fixtures.EligibleCarer("A")]);
        Assert.Equal(6, index.Options.KinshipWeight);
    }

    [Fact]
    public void Keeps_an_existing_registration()
    {
        var services = new ServiceCollection();
        var mine = MatchingOptions.Default with { LanguageWeight = 9 };
        services.AddSingleton(mine);
        using var provider = services.AddAffidoMatching().BuildServiceProvider();
        Assert.Same(mine, provider.GetRequiredService<MatchingOptions>());
    }

    [Fact]
    public void Rejects_invalid_options_and_null_services()
    {
        Assert.Throws<ArgumentException>(() => new ServiceCollection().AddAffidoMatching(o => o with { WaitingTimeWeight = -1 }));
        Assert.Throws<ArgumentNullException>(() => ServiceCollectionExtensions.AddAffidoMatching(null!));
    }
}
