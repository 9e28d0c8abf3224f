using Affido.TestSupport.Postgres;

namespace Affido.EntityFrameworkCore.Tests.Support;

/// <summary>
/// One throwaway PostgreSQL cluster for every test of the <see cref="PostgresTestGroup"/>, started on first use and
/// stopped and deleted when the collection is done.
/// </summary>
public sealed class PostgresFixture : IDisposable
{
    private readonly Lazy<PostgresCluster> cluster = new(PostgresCluster.Start);

    /// <summary>The engine on the cluster (starting it on first use).</summary>
    public PostgresEngine Engine => new(cluster.Value);

    /// <inheritdoc />
    public void Dispose()
    {
        if (cluster.IsValueCreated)
        {
            cluster.Value.Dispose();
        }
    }
}

/// <summary>The tests that share the PostgreSQL cluster (run one after the other).</summary>
[CollectionDefinition(Name)]
public sealed class PostgresTestGroup : ICollectionFixture<PostgresFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "PostgreSQL";
}
