using System.Reflection;

namespace Affido.Matching.Tests.Support;

/// <summary>The repository's files, found from the build metadata (tests/Directory.Build.props), wherever the output goes.</summary>
internal static class RepositoryFiles
{
    public static string Read(params string[] parts)
    {
        string? root = typeof(RepositoryFiles).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .SingleOrDefault(a => a.Key == "RepositoryRoot")?.Value;
        Assert.NotNull(root);
        return File.ReadAllText(Path.Combine([root, .. parts])).ReplaceLineEndings("\n");
    }
}
