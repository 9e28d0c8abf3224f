using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Affido.Rules;

/// <summary>Registers Affido.Rules in a service collection: the only place of the package that knows about DI.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Registers the district's <see cref="DistrictPolicy"/>, <see cref="RuleEvaluator"/> and
    /// <see cref="ContributionCalculator"/> as singletons, unless already registered.
    /// </summary>
    /// <remarks>
    /// The policy is built from <see cref="DistrictPolicy.Default"/> by <paramref name="configure"/> (a
    /// <c>with</c> expression) and validated with <see cref="DistrictPolicyValidator"/> when first resolved:
    /// an invalid policy throws an <see cref="OptionsValidationException"/> listing every failure.
    /// </remarks>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Turns the default policy into the district's, e.g. <c>p =&gt; p with { MonthlyContributionFullTime = 500m }</c>; <see langword="null"/> keeps the defaults.</param>
    /// <returns>The same service collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddAffidoRules(this IServiceCollection services, Func<DistrictPolicy, DistrictPolicy>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(_ => BuildPolicy(configure));
        services.TryAddSingleton(sp => new RuleEvaluator(sp.GetRequiredService<DistrictPolicy>()));
        services.TryAddSingleton(sp => new ContributionCalculator(sp.GetRequiredService<DistrictPolicy>()));
        return services;
    }

    private static DistrictPolicy BuildPolicy(Func<DistrictPolicy, DistrictPolicy>? configure)
    {
        var policy = configure is null ? DistrictPolicy.Default : configure(DistrictPolicy.Default);
        if (policy is null)
        {
            throw new OptionsValidationException(nameof(DistrictPolicy), typeof(DistrictPolicy), ["The configure function returned no policy."]);
        }
        var failures = DistrictPolicyValidator.Failures(policy);
        if (failures.Count > 0)
        {
            throw new OptionsValidationException(nameof(DistrictPolicy), typeof(DistrictPolicy), failures);
        }
        return policy;
    }
}
