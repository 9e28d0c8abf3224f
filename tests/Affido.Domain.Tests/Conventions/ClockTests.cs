using System.Reflection;

namespace Affido.Domain.Tests.Conventions;

/// <summary>"Today" comes as an argument or an <c>IClock</c>: only <c>AddAffidoDomain</c>, the composition root, names the system clock.</summary>
public sealed class ClockTests
{
    [Fact]
    public void Only_AddAffidoDomain_names_the_system_clock()
    {
        string root = typeof(ClockTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!;
        string src = Path.Combine(root, "src");
        var naming = Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => File.ReadAllText(f).Contains("SystemClock.Instance", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(src, f).Replace(Path.DirectorySeparatorChar, '/'))
            .ToList();
        Assert.Equal(["Affido.Domain/DependencyInjection/ServiceCollectionExtensions.cs"], naming);
    }
}
