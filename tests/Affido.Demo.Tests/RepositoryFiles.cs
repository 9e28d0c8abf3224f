using System.Reflection;

namespace Affido.Demo.Tests;

/// <summary>The repository's files, found from the build metadata (tests/Directory.Build.props), wherever the output goes.</summary>
internal static class RepositoryFiles
{
    public static string Root
    {
        get
        {
            string? root = typeof(RepositoryFiles).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                .SingleOrDefault(a => a.Key == "RepositoryRoot")?.Value;
            Assert.NotNull(root);
            return root;
        }
    }

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);
}
