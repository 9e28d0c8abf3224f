using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Affido.Domain;

/// <summary>
/// The options pattern for the library's immutable option records (<c>DistrictPolicy</c>, <c>MatchingOptions</c>):
/// validated by their FluentValidation validator at host start, injected as the value of <see cref="IOptions{TOptions}"/>,
/// and configurable with a <c>with</c> expression.
/// </summary>
/// <remarks>
/// <para>Configuration binding (<c>services.Configure&lt;T&gt;(section)</c>, <c>AddOptions&lt;T&gt;().Bind(section)</c>,
/// <c>BindConfiguration(path)</c>) sets the records' <c>init</c> properties like those of any options class.</para>
/// <para><b>One truth.</b> The record itself is registered as <c>IOptions&lt;T&gt;.Value</c>: a service that takes the
/// record and one that takes <see cref="IOptions{TOptions}"/> see the same instance. The value is read once, when first
/// resolved (<see cref="IOptions{TOptions}"/> semantics): a configuration reload does not change a running service.</para>
/// </remarks>
public static class ValidatedOptionsExtensions
{
    /// <summary>
    /// Adds <typeparamref name="TOptions"/> to the options system, validated by <paramref name="validator"/> whenever
    /// they are built and at host start (<c>ValidateOnStart</c>), and registers the record itself as the value of
    /// <see cref="IOptions{TOptions}"/>. Calling it again for the same type adds nothing (the first validator stays) and returns the builder.
    /// </summary>
    /// <remarks>
    /// Invalid options make <see cref="IOptions{TOptions}.Value"/> (and so the host's start) throw an
    /// <see cref="OptionsValidationException"/> whose failures read <c>Type.Member: message (code)</c>, one per failure.
    /// </remarks>
    /// <typeparam name="TOptions">The option record.</typeparam>
    /// <param name="services">The service collection.</param>
    /// <param name="validator">The FluentValidation validator of the options.</param>
    /// <returns>The options builder, for further configuration (<c>Bind</c>, <c>BindConfiguration</c>, <see cref="ConfigureWith{TOptions}"/>).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="services"/> already has <typeparamref name="TOptions"/> registered as a
    /// service of its own (e.g. <c>AddSingleton(policy)</c>): it would disagree with <see cref="IOptions{TOptions}"/>; configure the options instead.</exception>
    public static OptionsBuilder<TOptions> AddValidatedOptions<TOptions>(this IServiceCollection services, IValidator<TOptions> validator)
        where TOptions : class
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(validator);
        bool registered = false;
        foreach (var descriptor in services)
        {
            if (descriptor.ServiceType != typeof(TOptions) || descriptor.IsKeyedService)
            {
                continue;
            }

            registered = ReferenceEquals(descriptor.ImplementationFactory, OptionsValue<TOptions>.Factory);
            if (!registered)
            {
                throw new ArgumentException(
                    $"{typeof(TOptions).Name} is already registered as a service of its own, which would disagree with IOptions<{typeof(TOptions).Name}>: "
                    + $"configure it through the options instead (services.Configure<{typeof(TOptions).Name}>(section), AddOptions<{typeof(TOptions).Name}>().Bind(section), or a with-expression).",
                    nameof(services));
            }
        }

        var builder = services.AddOptions<TOptions>();
        if (registered)
        {
            return builder; // a second call: the record, its validation and ValidateOnStart are there already
        }

        services.Add(ServiceDescriptor.Singleton(typeof(TOptions), OptionsValue<TOptions>.Factory));
        services.Add(ServiceDescriptor.Singleton<IValidateOptions<TOptions>>(new FluentValidationOptionsValidator<TOptions>(Options.DefaultName, validator)));
        return builder.ValidateOnStart();
    }

    /// <summary>
    /// Adds a configuration step written as a <c>with</c> expression, e.g. <c>p =&gt; p with { MonthlyContributionFullTime = 500m }</c>,
    /// for option records whose properties are <c>init</c>-only (so <c>Configure(o =&gt; o.X = 1)</c> cannot be written).
    /// </summary>
    /// <remarks>
    /// The step runs in registration order with the other configuration steps (a binding registered after it overrides
    /// it). The record it returns is copied, public settable and <c>init</c> property by property, into the instance the
    /// options system is building, so that <see cref="IOptions{TOptions}"/> and the services built from it agree.
    /// </remarks>
    /// <typeparam name="TOptions">The option record.</typeparam>
    /// <param name="builder">The options builder.</param>
    /// <param name="configure">Turns the options configured so far into new ones; returning null is an <see cref="OptionsValidationException"/> when the options are built.</param>
    /// <returns>The same builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static OptionsBuilder<TOptions> ConfigureWith<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] TOptions>(
        this OptionsBuilder<TOptions> builder, Func<TOptions, TOptions> configure)
        where TOptions : class
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        string name = builder.Name;
        return builder.Configure(options =>
        {
            var configured = configure(options)
                ?? throw new OptionsValidationException(name, typeof(TOptions), [$"{typeof(TOptions).Name}: the configuration function returned null."]);
            if (ReferenceEquals(configured, options))
            {
                return;
            }

            foreach (var property in typeof(TOptions).GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.CanRead && property.SetMethod is { IsPublic: true } && property.GetIndexParameters().Length == 0)
                {
                    property.SetValue(options, property.GetValue(configured));
                }
            }
        });
    }

    /// <summary>The factory that registers <typeparamref name="TOptions"/> as <c>IOptions&lt;T&gt;.Value</c>: one delegate per type, so that a second registration is recognised.</summary>
    private static class OptionsValue<TOptions>
        where TOptions : class
    {
        public static readonly Func<IServiceProvider, object> Factory = provider => provider.GetRequiredService<IOptions<TOptions>>().Value;
    }
}
