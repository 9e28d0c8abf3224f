using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using NodaTime;

namespace Affido.EntityFrameworkCore;

/// <summary>Where and how <see cref="RegistryModelBuilderExtensions.ApplyAffidoRegistry"/> maps the registry.</summary>
public sealed record RegistryModelOptions
{
    /// <summary>The defaults: table <c>foster_carers</c> in the default schema, dates through value converters.</summary>
    public static RegistryModelOptions Default { get; } = new();

    /// <summary>The schema of the registry's table, or <see langword="null"/> for the provider's default.</summary>
    public string? Schema { get; init; }

    /// <summary>The name of the carers' table; <c>foster_carers</c> by default.</summary>
    public string CarersTable { get; init; } = "foster_carers";

    /// <summary>How NodaTime dates are stored; <see cref="NodaTimeMapping.ValueConverters"/> by default.</summary>
    public NodaTimeMapping NodaTime { get; init; } = NodaTimeMapping.ValueConverters;

    /// <summary>
    /// The defaults, with <see cref="NodaTime"/> chosen for the context's provider: <see cref="NodaTimeMapping.Provider"/>
    /// when it maps <see cref="LocalDate"/> itself (PostgreSQL with <c>UseNodaTime()</c>), value converters otherwise.
    /// Call it from <c>OnModelCreating</c>: <c>modelBuilder.ApplyAffidoRegistry(RegistryModelOptions.For(Database))</c>.
    /// </summary>
    /// <param name="database">The context's <see cref="DbContext.Database"/>.</param>
    /// <returns>The options.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="database"/> is null.</exception>
    public static RegistryModelOptions For(DatabaseFacade database)
    {
        ArgumentNullException.ThrowIfNull(database);
        var mappings = database.GetService<IRelationalTypeMappingSource>();
        return new RegistryModelOptions
        {
            NodaTime = mappings.FindMapping(typeof(LocalDate)) is null ? NodaTimeMapping.ValueConverters : NodaTimeMapping.Provider,
        };
    }
}
