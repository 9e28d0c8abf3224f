namespace Affido.TestSupport.Postgres;

/// <summary>
/// <see cref="PropertyAttribute"/> for a property that needs PostgreSQL: the same arbitraries and fixed seed, skipped
/// with <see cref="PostgresCluster.SkipReason"/> when the server binaries are missing (not under <c>CI=true</c>).
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class PostgresPropertyAttribute : FsCheck.Xunit.PropertyAttribute
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
