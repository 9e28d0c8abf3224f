using Affido.TestSupport;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Affido.Domain.Tests.DependencyInjection;

public sealed class ServiceCollectionExtensionsTests
{
    private static readonly LocalDate Today = new(2026, 3, 16);

    [Fact]
    public void Every_public_validator_of_the_domain_resolves_as_its_IValidator()
    {
        using var provider = new ServiceCollection().AddAffidoDomain(RomeClock.At(Today)).BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        Assert.True(Registrations.PublicValidators(typeof(Minor).Assembly).Count >= 18);
        Assert.Empty(Registrations.MissingValidators(provider, typeof(Minor).Assembly));
        Assert.Same(provider.GetRequiredService<IValidator<Placement>>(), provider.GetRequiredService<IValidator<Placement>>());
    }

    [Fact]
    public void The_clock_overload_registers_exactly_the_given_clock()
    {
        var clock = RomeClock.At(Today);
        var services = new ServiceCollection().AddAffidoDomain(clock);
        var registration = Assert.Single(services, d => d.ServiceType == typeof(IClock));
        Assert.Equal(ServiceLifetime.Singleton, registration.Lifetime);
        Assert.Same(clock, registration.ImplementationInstance);

        using var provider = services.BuildServiceProvider();
        Assert.Same(clock, provider.GetRequiredService<IClock>());
    }

    [Fact]
    public void The_clock_given_replaces_every_clock_registered_earlier()
    {
        var earlier = RomeClock.At(new LocalDate(2020, 1, 1));
        var clock = RomeClock.At(Today);
        var services = new ServiceCollection().AddSingleton<IClock>(earlier).AddSingleton<IClock>(earlier).AddAffidoDomain(clock);
        Assert.Same(clock, Assert.Single(services, d => d.ServiceType == typeof(IClock)).ImplementationInstance);

        using var provider = services.BuildServiceProvider();
        Assert.Same(clock, Assert.Single(provider.GetServices<IClock>()));
        Assert.True(provider.GetRequiredService<IValidator<DataProcessingConsent>>().Validate(new DataProcessingConsent(Today)).IsValid);
    }

    [Fact]
    public void The_clock_less_overload_registers_no_clock()
        => Assert.DoesNotContain(new ServiceCollection().AddAffidoDomain(), d => d.ServiceType == typeof(IClock));

    [Fact]
    public void Without_a_clock_resolving_a_validator_that_reads_today_fails_naming_IClock()
    {
        using var provider = new ServiceCollection().AddAffidoDomain().BuildServiceProvider();
        var e = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<IValidator<FosterCarer>>());
        Assert.Contains(typeof(IClock).FullName!, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_clock_registered_first_is_the_one_the_validators_read_today_from()
    {
        var clock = RomeClock.At(Today);
        using var provider = new ServiceCollection().AddSingleton<IClock>(clock).AddAffidoDomain().BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        Assert.Same(clock, provider.GetRequiredService<IClock>());

        var validator = provider.GetRequiredService<IValidator<DataProcessingConsent>>();
        Assert.True(validator.Validate(new DataProcessingConsent(Today)).IsValid);
        var tomorrow = validator.Validate(new DataProcessingConsent(Today.PlusDays(1)));
        Assert.Contains(tomorrow.Errors, e => e.ErrorCode == ValidationCodes.DataProcessingConsentInFuture);
    }

    [Fact]
    public void A_clock_registered_after_the_clock_less_overload_is_read_too()
    {
        var clock = RomeClock.At(Today);
        using var provider = new ServiceCollection().AddAffidoDomain().AddSingleton<IClock>(clock).BuildServiceProvider();
        var tomorrow = provider.GetRequiredService<IValidator<DataProcessingConsent>>().Validate(new DataProcessingConsent(Today.PlusDays(1)));
        Assert.Contains(tomorrow.Errors, e => e.ErrorCode == ValidationCodes.DataProcessingConsentInFuture);
    }

    [Fact]
    public void Calling_it_twice_adds_nothing()
    {
        var services = new ServiceCollection().AddAffidoDomain();
        var once = Registrations.Describe(services);
        Assert.Same(services, services.AddAffidoDomain());
        Assert.Equal(once, Registrations.Describe(services));
    }

    [Fact]
    public void Calling_the_clock_overload_twice_adds_nothing()
    {
        var clock = RomeClock.At(Today);
        var services = new ServiceCollection().AddAffidoDomain(clock);
        var once = Registrations.Describe(services);
        Assert.Same(services, services.AddAffidoDomain(clock));
        Assert.Equal(once, Registrations.Describe(services));
    }

    [Fact]
    public void A_null_collection_is_a_programming_error()
    {
        Assert.Equal("services", Assert.Throws<ArgumentNullException>(() => ServiceCollectionExtensions.AddAffidoDomain(null!)).ParamName);
        Assert.Equal("services", Assert.Throws<ArgumentNullException>(() => ServiceCollectionExtensions.AddAffidoDomain(null!, RomeClock.At(Today))).ParamName);
    }

    [Fact]
    public void A_null_clock_is_a_programming_error()
    {
        var services = new ServiceCollection();
        Assert.Equal("clock", Assert.Throws<ArgumentNullException>(() => services.AddAffidoDomain(null!)).ParamName);
        Assert.Empty(services);
    }
}
