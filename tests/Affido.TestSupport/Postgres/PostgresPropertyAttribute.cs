namespace Affido.TestSupport.Postgres;

/// <summary>
/// <see cref="PropertyAttribute"/> for a property that needs PostgreSQL: the same arbitraries and fixed seed, skipped
/// with <see cref="PostgresCluster.SkipReason"/> when the server binaries are missing (not under <c>CI=true</c>). It
/// carries the trait <c>Kind=Property</c> and explores several seeds per process like <see cref="PropertyAttribute"/>, so
/// <c>tests/soak.sh</c> soaks it too.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
[Xunit.Sdk.TraitDiscoverer("Affido.TestSupport.PropertyTraitDiscoverer", "Affido.TestSupport")]
[Xunit.Sdk.XunitTestCaseDiscoverer("Affido.TestSupport.PropertyDiscoverer", "Affido.TestSupport")]
public sealed class PostgresPropertyAttribute : FsCheck.Xunit.PropertyAttribute, Xunit.Sdk.ITraitAttribute
{
    /// <summary>A property with the domain arbitraries, the project's seed, skipped when PostgreSQL cannot run here.</summary>
    public PostgresPropertyAttribute()
    {
        Arbitrary = [typeof(DomainArbitraries)];
        if (PropertySeeds.Current is { } replay)
        {
            Replay = replay;
        }

        if (PostgresCluster.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
