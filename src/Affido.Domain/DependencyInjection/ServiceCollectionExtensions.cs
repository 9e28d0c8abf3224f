using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;

namespace Affido.Domain;

/// <summary>Registers Affido.Domain in a service collection: the clock and the validators of the input aggregates.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Registers an <see cref="IClock"/> (the system clock; the validators take "today" in Europe/Rome from it) and every
    /// public validator of Affido.Domain as a singleton <see cref="IValidator{T}"/>, each only if its service is not
    /// registered yet (<c>TryAdd</c>): calling it twice is harmless, and a clock or validator of your own registered
    /// first is kept (e.g. NodaTime.Testing's <c>FakeClock</c> in tests).
    /// </summary>
    /// <remarks><c>AddAffidoRules</c> and <c>AddAffidoMatching</c> call it: an application calls it itself only when it uses the domain alone.</remarks>
    /// <param name="services">The service collection.</param>
    /// <returns>The same service collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddAffidoDomain(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);

        // The composition root is the one place in src/ that may pick the real clock: every type of the library receives an IClock.
        services.TryAddSingleton<IClock>(SystemClock.Instance);

        services.TryAddSingleton<IValidator<Minor>, MinorValidator>();
        services.TryAddSingleton<IValidator<FamilyOfOrigin>, FamilyOfOriginValidator>();
        services.TryAddSingleton<IValidator<FosterCarer>, FosterCarerValidator>();
        services.TryAddSingleton<IValidator<Household>, HouseholdValidator>();
        services.TryAddSingleton<IValidator<Experience>, ExperienceValidator>();
        services.TryAddSingleton<IValidator<Availability>, AvailabilityValidator>();
        services.TryAddSingleton<IValidator<AgeRange>, AgeRangeValidator>();
        services.TryAddSingleton<IValidator<Relative>, RelativeValidator>();
        services.TryAddSingleton<IValidator<DataProcessingConsent>, DataProcessingConsentValidator>();
        services.TryAddSingleton<IValidator<FosterCareService>, FosterCareServiceValidator>();
        services.TryAddSingleton<IValidator<Placement>, PlacementValidator>();
        services.TryAddSingleton<IValidator<PartTimeSchedule>, PartTimeScheduleValidator>();
        services.TryAddSingleton<IValidator<PlacementPlan>, PlacementPlanValidator>();
        services.TryAddSingleton<IValidator<Municipality>, MunicipalityValidator>();
        services.TryAddSingleton<IValidator<Province>, ProvinceValidator>();
        services.TryAddSingleton<IValidator<Region>, RegionValidator>();
        services.TryAddSingleton<IValidator<SocialDistrict>, SocialDistrictValidator>();
        services.TryAddSingleton<IValidator<GeoPoint>, GeoPointValidator>();
        return services;
    }
}
