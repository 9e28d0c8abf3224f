using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;

namespace Affido.Domain;

/// <summary>Registers Affido.Domain in a service collection: the validators of the input aggregates and, when given, the clock they read "today" from.</summary>
/// <remarks>
/// The library never picks a clock: the application's composition root does, e.g.
/// <c>services.AddAffidoDomain(clock)</c> with NodaTime's <see cref="SystemClock"/> in Program.cs, or NodaTime.Testing's
/// <c>FakeClock</c> in tests.
/// </remarks>
public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Registers <paramref name="clock"/> as the singleton <see cref="IClock"/> (the validators take "today" in
    /// Europe/Rome from it), replacing every <see cref="IClock"/> registered earlier, and every public validator of
    /// Affido.Domain as in <see cref="AddAffidoDomain(IServiceCollection)"/>.
    /// </summary>
    /// <remarks>
    /// The clock given here wins over one registered before; a later <c>AddAffidoRules</c> or <c>AddAffidoMatching</c>
    /// keeps it (they call <see cref="AddAffidoDomain(IServiceCollection)"/>, which registers no clock), so an
    /// application composes them in two calls: <c>services.AddAffidoDomain(clock).AddAffidoRules().AddAffidoMatching()</c>.
    /// </remarks>
    /// <param name="services">The service collection.</param>
    /// <param name="clock">The clock of the application: NodaTime's <see cref="SystemClock"/> in production, a <c>FakeClock</c> in tests.</param>
    /// <returns>The same service collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="clock"/> is null.</exception>
    public static IServiceCollection AddAffidoDomain(this IServiceCollection services, IClock clock)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(clock);

        services.AddAffidoDomain();

        // Every earlier IClock goes (Replace would remove only the first): resolving IClock or IEnumerable<IClock> gives this one.
        // Added last, so a second call leaves the collection as it was.
        services.RemoveAll<IClock>();
        services.AddSingleton(clock);
        return services;
    }

    /// <summary>
    /// Registers every public validator of Affido.Domain as a singleton <see cref="IValidator{T}"/>, each only if its
    /// service is not registered yet (<c>TryAdd</c>): calling it twice is harmless, and a validator of your own
    /// registered first is kept. It registers no <see cref="IClock"/>.
    /// </summary>
    /// <remarks>
    /// <para>The application must register the <see cref="IClock"/> the validators read "today" from, before or after this
    /// call: <see cref="AddAffidoDomain(IServiceCollection, IClock)"/>, or <c>services.AddSingleton&lt;IClock&gt;(clock)</c>
    /// with NodaTime's <see cref="SystemClock"/> in its Program.cs and NodaTime.Testing's <c>FakeClock</c> in tests.
    /// Without one, resolving a validator that reads "today" (those of <see cref="FosterCarer"/>,
    /// <see cref="Household"/> and <see cref="DataProcessingConsent"/>) throws the container's
    /// <see cref="InvalidOperationException"/> naming <c>NodaTime.IClock</c>, and <c>ValidateOnBuild</c> fails when the
    /// provider is built.</para>
    /// <para><c>AddAffidoRules</c> and <c>AddAffidoMatching</c> call it: an application calls it itself only when it uses
    /// the domain alone, or to give the clock (<see cref="AddAffidoDomain(IServiceCollection, IClock)"/>).</para>
    /// </remarks>
    /// <param name="services">The service collection.</param>
    /// <returns>The same service collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddAffidoDomain(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);

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
