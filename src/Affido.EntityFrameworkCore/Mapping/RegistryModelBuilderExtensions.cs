using Microsoft.EntityFrameworkCore;

namespace Affido.EntityFrameworkCore;

/// <summary>Maps the Affido carer registry into an integrator's own <see cref="DbContext"/>.</summary>
public static class RegistryModelBuilderExtensions
{
    /// <summary>
    /// Maps <see cref="FosterCarer"/> (table <c>foster_carers</c>: one row per carer, every member kept) and registers
    /// the functions the SQL pre-filter (<see cref="CarerPreFilter"/>) translates through. Call it from
    /// <c>OnModelCreating</c>; the context's <c>DbSet&lt;FosterCarer&gt;</c> (or <c>Set&lt;FosterCarer&gt;()</c>) is the registry.
    /// Also call <see cref="RegistryConventionExtensions.AddAffidoRegistryConventions"/> from <c>ConfigureConventions</c>:
    /// on PostgreSQL the model does not build without it.
    /// </summary>
    /// <param name="modelBuilder">The context's model builder.</param>
    /// <param name="options">Table, schema and date storage; <see cref="RegistryModelOptions.Default"/> when null. For
    /// PostgreSQL with NodaTime, pass <see cref="RegistryModelOptions.For"/>(<c>Database</c>).</param>
    /// <returns>The model builder, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="modelBuilder"/> is null.</exception>
    /// <exception cref="ArgumentException">The table name in <paramref name="options"/> is blank.</exception>
    public static ModelBuilder ApplyAffidoRegistry(this ModelBuilder modelBuilder, RegistryModelOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        options ??= RegistryModelOptions.Default;
        if (string.IsNullOrWhiteSpace(options.CarersTable))
        {
            throw new ArgumentException("The carers' table name must not be blank.", nameof(options));
        }

        modelBuilder.ApplyConfiguration(new FosterCarerConfiguration(options));
        StoredText.Register(modelBuilder);
        return modelBuilder;
    }
}
