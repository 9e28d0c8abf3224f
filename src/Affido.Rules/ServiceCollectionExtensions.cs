using Affido.Domain;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Affido.Rules;

/// <summary>Registers Affido.Rules in a service collection: the only place of the package that knows about DI.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Registers Affido.Domain (<see cref="Domain.ServiceCollectionExtensions.AddAffidoDomain(IServiceCollection)"/>, which registers no clock), the district's
    /// <see cref="DistrictPolicy"/> as options, the <see cref="RuleCatalogue"/> (<see cref="RuleCatalogue.Default"/>), the
    /// <see cref="RuleEvaluator"/>, the <see cref="ContributionCalculator"/> and every validator of the package as
    /// <see cref="IValidator{T}"/>: singletons, each only if not registered yet, so calling it twice is harmless.
    /// </summary>
    /// <remarks>
    /// <para>The policy follows the options pattern: <c>services.Configure&lt;DistrictPolicy&gt;(section)</c>,
    /// <c>services.AddOptions&lt;DistrictPolicy&gt;().BindConfiguration("Affido:Policy")</c> or <paramref name="configure"/>
    /// (a <c>with</c> expression, see <see cref="ValidatedOptionsExtensions.ConfigureWith{TOptions}"/>), in registration
    /// order, starting from the defaults. The injected <see cref="DistrictPolicy"/> is <c>IOptions&lt;DistrictPolicy&gt;.Value</c>.</para>
    /// <para>The policy is validated by <see cref="DistrictPolicyValidator"/> at host start (<c>ValidateOnStart</c>) and
    /// whenever it is first resolved: an invalid policy throws an <see cref="OptionsValidationException"/> whose failures
    /// read <c>DistrictPolicy.Member: message (policy.code)</c>.</para>
    /// <para>To run rules of your own, register a <see cref="RuleCatalogue"/> (e.g. <c>RuleCatalogue.Default.Add(myRule)</c>) before this call.</para>
    /// <para>It registers no <see cref="NodaTime.IClock"/>: the application gives the one the validators read "today" from,
    /// before or after this call, e.g. <c>services.AddAffidoDomain(clock).AddAffidoRules()</c> with NodaTime's <see cref="NodaTime.SystemClock"/> in
    /// Program.cs (<see cref="Domain.ServiceCollectionExtensions.AddAffidoDomain(IServiceCollection, NodaTime.IClock)"/>) or a
    /// <c>FakeClock</c> in tests. Without one, resolving a domain validator that needs it throws the container's
    /// <see cref="InvalidOperationException"/> naming <c>NodaTime.IClock</c>.</para>
    /// </remarks>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">A configuration step of the policy, e.g. <c>p =&gt; p with { MonthlyContributionFullTime = 500m }</c>; <see langword="null"/> adds none.</param>
    /// <returns>The same service collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="services"/> already registers a <see cref="DistrictPolicy"/> of its own (it would disagree with the options): configure the options instead.</exception>
    public static IServiceCollection AddAffidoRules(this IServiceCollection services, Func<DistrictPolicy, DistrictPolicy>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddAffidoDomain();
        var policy = services.AddValidatedOptions(DistrictPolicyValidator.Instance);
        if (configure is not null)
        {
            policy.ConfigureWith(configure);
        }

        services.TryAddSingleton(RuleCatalogue.Default);
        services.TryAddSingleton(sp => new RuleEvaluator(sp.GetRequiredService<DistrictPolicy>(), sp.GetRequiredService<RuleCatalogue>()));
        services.TryAddSingleton(sp => new ContributionCalculator(sp.GetRequiredService<DistrictPolicy>()));

        services.TryAddSingleton<IValidator<DistrictPolicy>>(DistrictPolicyValidator.Instance);
        services.TryAddSingleton<IValidator<PlacementFacts>>(PlacementFactsValidator.Instance);
        services.TryAddSingleton<IValidator<CaseFacts>>(CaseFactsValidator.Instance);
        services.TryAddSingleton<IValidator<UrgentRemovalFacts>>(UrgentRemovalFactsValidator.Instance);
        services.TryAddSingleton<IValidator<InformalHosting>>(InformalHostingValidator.Instance);
        services.TryAddSingleton<IValidator<ProposedPlacement>>(ProposedPlacementValidator.Instance);
        services.TryAddSingleton<IValidator<CivilProceeding>>(CivilProceedingValidator.Instance);
        services.TryAddSingleton<IValidator<ServicePlacementOrder>>(ServicePlacementOrderValidator.Instance);
        services.TryAddSingleton<IValidator<RegistryEntry>>(RegistryEntryValidator.Instance);
        return services;
    }
}
