using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Affido.Matching;

/// <summary>Registers Affido.Matching in a service collection.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Registers Affido.Domain (<see cref="Domain.ServiceCollectionExtensions.AddAffidoDomain(IServiceCollection)"/>, which registers no clock), the
    /// <see cref="MatchingOptions"/> as options, a <see cref="CarerIndexFactory"/> and the validators of requests,
    /// decisions and options as <see cref="IValidator{T}"/>: singletons, each only if not registered yet, so calling it
    /// twice is harmless.
    /// </summary>
    /// <remarks>
    /// <para>The options follow the options pattern: <c>services.Configure&lt;MatchingOptions&gt;(section)</c>,
    /// <c>services.AddOptions&lt;MatchingOptions&gt;().BindConfiguration("Affido:Matching")</c> or <paramref name="configure"/>
    /// (a <c>with</c> expression), in registration order, starting from the defaults. The injected
    /// <see cref="MatchingOptions"/> is <c>IOptions&lt;MatchingOptions&gt;.Value</c>.</para>
    /// <para>They are validated by <see cref="MatchingOptionsValidator"/> at host start (<c>ValidateOnStart</c>) and
    /// whenever first resolved: invalid options throw an <see cref="OptionsValidationException"/> whose failures read
    /// <c>MatchingOptions.Member: message (options.code)</c>.</para>
    /// <para>It registers no <see cref="NodaTime.IClock"/>: the application gives the one the validators read "today" from,
    /// before or after this call, e.g. <c>services.AddAffidoDomain(clock).AddAffidoMatching()</c> with NodaTime's <see cref="NodaTime.SystemClock"/> in
    /// Program.cs (<see cref="Domain.ServiceCollectionExtensions.AddAffidoDomain(IServiceCollection, NodaTime.IClock)"/>) or a
    /// <c>FakeClock</c> in tests. Without one, resolving a domain validator that needs it throws the container's
    /// <see cref="InvalidOperationException"/> naming <c>NodaTime.IClock</c>.</para>
    /// </remarks>
    /// <param name="services">The collection.</param>
    /// <param name="configure">A configuration step, e.g. <c>options =&gt; options with { KinshipWeight = 5 }</c>; <see langword="null"/> adds none.</param>
    /// <returns>The same collection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="services"/> already registers a <see cref="MatchingOptions"/> of its own (it would disagree with the options): configure the options instead.</exception>
    public static IServiceCollection AddAffidoMatching(this IServiceCollection services, Func<MatchingOptions, MatchingOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddAffidoDomain();
        var options = services.AddValidatedOptions(new MatchingOptionsValidator());
        if (configure is not null)
        {
            options.ConfigureWith(configure);
        }

        services.TryAddSingleton(sp => new CarerIndexFactory(sp.GetRequiredService<MatchingOptions>()));
        services.TryAddSingleton<IValidator<MatchRequest>, MatchRequestValidator>();
        services.TryAddSingleton<IValidator<MatchDecision>, MatchDecisionValidator>();
        services.TryAddSingleton<IValidator<MatchingOptions>, MatchingOptionsValidator>();
        return services;
    }
}
