using Xunit;

namespace Affido.TestSupport.Postgres;

/// <summary>A fact that needs PostgreSQL: skipped with <see cref="PostgresCluster.SkipReason"/> when the server binaries are missing (not under <c>CI=true</c>).</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class PostgresFactAttribute : FactAttribute
{
    /// <summary>A fact skipped when PostgreSQL cannot run here.</summary>
    public PostgresFactAttribute()
    {
        if (PostgresCluster.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
