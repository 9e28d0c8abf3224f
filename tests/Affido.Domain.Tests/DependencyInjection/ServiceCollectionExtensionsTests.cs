using Affido.TestSupport;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Affido.Domain.Tests.DependencyInjection;

public sealed class ServiceCollectionExtensionsTests
{
    [Fact]
    public void Every_public_validator_of_the_domain_resolves_as_its_IValidator()
    {
        using var provider = new ServiceCollection().AddAffidoDomain().BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        Assert.True(Registrations.PublicValidators(typeof(Minor).Assembly).Count >= 18);
        Assert.Empty(Registrations.MissingValidators(provider, typeof(Minor).Assembly));
        Assert.Same(provider.GetRequiredService<IValidator<Placement>>(), provider.GetRequiredService<IValidator<Placement>>());
    }

    [Fact]
    public void The_clock_defaults_to_the_system_clock()
    {
        using var provider = new ServiceCollection().AddAffidoDomain().BuildServiceProvider();
        Assert.Same(SystemClock.Instance, provider.GetRequiredService<IClock>());
    }

    [Fact]
    public void A_clock_registered_first_is_the_one_the_validators_read_today_from()
    {
        var clock = RomeClock.At(new LocalDate(2026, 3, 16));
        using var provider = new ServiceCollection().AddSingleton<IClock>(clock).AddAffidoDomain().BuildServiceProvider();
        Assert.Same(clock, provider.GetRequiredService<IClock>());

        var validator = provider.GetRequiredService<IValidator<DataProcessingConsent>>();
        Assert.True(validator.Validate(new DataProcessingConsent(new LocalDate(2026, 3, 16))).IsValid);
        var tomorrow = validator.Validate(new DataProcessingConsent(new LocalDate(2026, 3, 17)));
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
    public void A_null_collection_is_a_programming_error()
        => Assert.Throws<ArgumentNullException>(() => ServiceCollectionExtensions.AddAffidoDomain(null!));
}
