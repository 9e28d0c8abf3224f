using Affido.Domain;
using Affido.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Affido.Demo;

/// <summary>The demo's own context holding the registry, as an integrator sets it up (package README).</summary>
/// <param name="options">The options.</param>
internal sealed class DemoRegistryContext(DbContextOptions<DemoRegistryContext> options) : DbContext(options)
{
    /// <summary>The registry.</summary>
    public DbSet<FosterCarer> Carers => Set<FosterCarer>();

    /// <summary>A context on the SQLite file <paramref name="file"/>.</summary>
    /// <param name="file">The file.</param>
    /// <returns>The context.</returns>
    public static DemoRegistryContext Open(string file)
        => new(new DbContextOptionsBuilder<DemoRegistryContext>().UseSqlite($"Data Source={file}").Options);

    /// <inheritdoc />
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
        => configurationBuilder.AddAffidoRegistryConventions();

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
        => modelBuilder.ApplyAffidoRegistry(RegistryModelOptions.For(Database));
}
