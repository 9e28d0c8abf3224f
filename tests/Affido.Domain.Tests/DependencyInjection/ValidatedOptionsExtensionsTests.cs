using FluentValidation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Affido.Domain.Tests.DependencyInjection;

public sealed class ValidatedOptionsExtensionsTests
{
    public sealed record Sample
    {
        public int Limit { get; init; } = 10;

        public string Label { get; init; } = "default";

        public int Twice => Limit * 2;
    }

    private sealed class SampleValidator : AbstractValidator<Sample>
    {
        public SampleValidator() => RuleFor(s => s.Limit).InclusiveBetween(1, 100).WithErrorCode("sample.limit-out-of-range");
    }

    [Fact]
    public void The_injected_record_is_the_options_value_and_with_steps_and_bindings_apply_in_order()
    {
        var services = new ServiceCollection();
        services.AddValidatedOptions(new SampleValidator()).ConfigureWith(s => s with { Limit = 20, Label = "with" });
        services.Configure<Sample>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Label"] = "bound" }).Build());
        using var provider = services.BuildServiceProvider();

        var value = provider.GetRequiredService<IOptions<Sample>>().Value;
        Assert.Same(value, provider.GetRequiredService<Sample>());
        Assert.Equal(new Sample { Limit = 20, Label = "bound" }, value);
    }

    [Fact]
    public void Invalid_options_fail_with_the_member_and_the_code()
    {
        var services = new ServiceCollection();
        services.AddValidatedOptions(new SampleValidator()).ConfigureWith(s => s with { Limit = 0 });
        using var provider = services.BuildServiceProvider();
        var e = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<Sample>());
        string failure = Assert.Single(e.Failures);
        Assert.StartsWith("Sample.Limit: ", failure, StringComparison.Ordinal);
        Assert.EndsWith("(sample.limit-out-of-range)", failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_options_stop_the_host_at_start()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddValidatedOptions(new SampleValidator()).ConfigureWith(s => s with { Limit = 1000 });
        using var host = builder.Build();
        var e = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
        Assert.Contains(e.Failures, f => f.StartsWith("Sample.Limit: ", StringComparison.Ordinal));
    }

    [Fact]
    public void Registering_twice_validates_once()
    {
        var services = new ServiceCollection();
        services.AddValidatedOptions(new SampleValidator());
        services.AddValidatedOptions(new SampleValidator()).ConfigureWith(s => s with { Limit = -1 });
        Assert.Single(services, d => d.ServiceType == typeof(Sample));
        Assert.Single(services, d => d.ServiceType == typeof(IValidateOptions<Sample>));
        using var provider = services.BuildServiceProvider();
        Assert.Single(Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<Sample>>().Value).Failures);
    }

    [Fact]
    public void A_record_registered_as_a_service_of_its_own_is_refused_it_would_disagree_with_the_options()
    {
        var services = new ServiceCollection().AddSingleton(new Sample { Limit = 5 });
        var e = Assert.Throws<ArgumentException>(() => services.AddValidatedOptions(new SampleValidator()));
        Assert.Equal("services", e.ParamName);
        Assert.Contains("Configure<Sample>", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_with_step_returning_null_is_a_validation_exception_naming_the_type()
    {
        var services = new ServiceCollection();
        services.AddValidatedOptions(new SampleValidator()).ConfigureWith(_ => null!);
        using var provider = services.BuildServiceProvider();
        var e = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<Sample>());
        Assert.Contains("Sample", Assert.Single(e.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public void Null_arguments_are_programming_errors()
    {
        Assert.Throws<ArgumentNullException>(() => ValidatedOptionsExtensions.AddValidatedOptions(null!, new SampleValidator()));
        Assert.Throws<ArgumentNullException>(() => new ServiceCollection().AddValidatedOptions<Sample>(null!));
        Assert.Throws<ArgumentNullException>(() => new ServiceCollection().AddOptions<Sample>().ConfigureWith(null!));
    }
}
