using System.Reflection;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;

namespace Affido.TestSupport;

/// <summary>What a package's <c>AddAffido...</c> must register, found by reflection so that a new public validator cannot be forgotten.</summary>
public static class Registrations
{
    /// <summary>Every public, concrete validator type of <paramref name="assembly"/> with the <see cref="IValidator{T}"/> it implements.</summary>
    /// <param name="assembly">A package's assembly.</param>
    /// <returns>(service, implementation) pairs, ordered by implementation name.</returns>
    public static IReadOnlyList<(Type Service, Type Implementation)> PublicValidators(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        return [.. assembly.GetExportedTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false })
            .SelectMany(t => t.GetInterfaces()
                .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IValidator<>))
                .Select(i => (Service: i, Implementation: t)))
            .OrderBy(p => p.Implementation.Name, StringComparer.Ordinal)];
    }

    /// <summary>The validators of <paramref name="assembly"/> that <paramref name="provider"/> does not resolve as their <see cref="IValidator{T}"/>.</summary>
    /// <param name="provider">A built provider.</param>
    /// <param name="assembly">A package's assembly.</param>
    /// <returns>The names of the missing validators; empty when every one resolves to an instance of its type.</returns>
    public static IReadOnlyList<string> MissingValidators(IServiceProvider provider, Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(provider);
        return [.. PublicValidators(assembly)
            .Where(p => provider.GetService(p.Service)?.GetType() != p.Implementation)
            .Select(p => p.Implementation.Name)];
    }

    /// <summary>The registrations of <paramref name="services"/> as comparable text (service, lifetime, implementation kind), to show that a second call adds nothing.</summary>
    /// <param name="services">The collection.</param>
    /// <returns>One line per descriptor.</returns>
    public static IReadOnlyList<string> Describe(IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return [.. services.Select(d => $"{d.ServiceType} {d.Lifetime} {(d.IsKeyedService ? "keyed" : d.ImplementationType?.ToString() ?? d.ImplementationInstance?.GetType().ToString() ?? "factory")}")];
    }
}
