using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Affido.Matching;

/// <summary>Registers Affido.Matching in a service collection.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Registers the validated <see cref="MatchingOptions"/>, a <see cref="CarerIndexFactory"/> and the validators of
    /// requests, decisions and options, each only if not already registered (<c>TryAdd</c>). Options are validated
    /// here, at registration.
    /// </summary>
    /// <param name="services">The collection.</param>
    /// <param name="configure">Changes to the defaults, e.g. <c>options => options with { KinshipWeight = 5 }</c>.</param>
    /// <returns>The same collection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    /// <exception cref="ArgumentException">The configured options fail <see cref="MatchingOptionsValidator"/>.</exception>
    public static IServiceCollection AddAffidoMatching(this IServiceCollection services, Func<MatchingOptions, MatchingOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = OptionsGuard.Validated(configure is null ? MatchingOptions.Default : configure(MatchingOptions.Default));
        services.TryAddSingleton(options);
        services.TryAddSingleton(sp => new CarerIndexFactory(sp.GetRequiredService<MatchingOptions>()));
        services.TryAddSingleton<IValidator<MatchRequest>, MatchRequestValidator>();
        services.TryAddSingleton<IValidator<MatchDecision>, MatchDecisionValidator>();
        services.TryAddSingleton<IValidator<MatchingOptions>, MatchingOptionsValidator>();
        return services;
    }
}
