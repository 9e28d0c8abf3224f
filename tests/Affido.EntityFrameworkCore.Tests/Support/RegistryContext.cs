using Affido.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Affido.EntityFrameworkCore.Tests.Support;

/// <summary>An integrator's own context holding the registry, set up as the README says.</summary>
public sealed class RegistryContext(DbContextOptions<RegistryContext> options) : DbContext(options)
{
    /// <summary>The registry.</summary>
    public DbSet<FosterCarer> Carers => Set<FosterCarer>();

    /// <inheritdoc />
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
        => configurationBuilder.AddAffidoRegistryConventions();

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
        => modelBuilder.ApplyAffidoRegistry(RegistryModelOptions.For(Database));
}
