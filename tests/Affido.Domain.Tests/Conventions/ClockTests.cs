using System.Reflection;

namespace Affido.Domain.Tests.Conventions;

/// <summary>
/// "Today" comes as an argument or an <c>IClock</c>, and the application's composition root picks the clock: no file of
/// src/ names the system clock, not even the DI registration (<c>AddAffidoDomain(services, clock)</c> takes it as an argument).
/// </summary>
public sealed class ClockTests
{
    [Fact]
    public void No_file_of_the_library_names_the_system_clock()
    {
        string root = typeof(ClockTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!;
        string src = Path.Combine(root, "src");
        var naming = Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => File.ReadAllText(f).Contains("SystemClock.Instance", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(src, f).Replace(Path.DirectorySeparatorChar, '/'))
            .ToList();
        Assert.Empty(naming);
    }
}
