namespace Affido.Demo.Tests.Readme;

/// <summary>The root README: its commands, links and examples stay true.</summary>
public class RootReadmeTests
{
    private static string RepositoryRoot() => RepositoryFiles.Root;

    private static string Read(params string[] parts) => File.ReadAllText(Path.Combine([RepositoryRoot(), .. parts])).ReplaceLineEndings("\n");

    private static string Dedent(IEnumerable<string> lines)
    {
        var list = lines.ToList();
        int indent = list.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
        return string.Join("\n", list.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart())) + "\n";
    }

    /// <summary>The code between <c>// README:name</c> and the next <c>// README:end</c> in the examples file.</summary>
    private static string Example(string name)
    {
        string[] source = Read("tests", "Affido.Demo.Tests", "Readme", "RootReadmeExamples.cs").Split('\n');
        int begin = Array.FindIndex(source, l => l.Trim() == "// README:" + name);
        int end = Array.FindIndex(source, begin + 1, l => l.Trim() == "// README:end");
        Assert.True(begin >= 0 && end > begin, $"no README:{name} region");
        return Dedent(source[(begin + 1)..end]);
    }

    /// <summary>The csharp block that follows the marker comment <c>&lt;!-- example:name --&gt;</c> in README.md.</summary>
    private static string ReadmeBlock(string name)
    {
        string readme = Read("README.md");
        int marker = readme.IndexOf($"<!-- example:{name} -->", StringComparison.Ordinal);
        Assert.True(marker >= 0, $"README.md has no example:{name} marker");
        int start = readme.IndexOf("```csharp\n", marker, StringComparison.Ordinal) + "```csharp\n".Length;
        return readme[start..readme.IndexOf("```", start, StringComparison.Ordinal)];
    }

    [Theory]
    [InlineData("domain")]
    [InlineData("rules")]
    [InlineData("matching")]
    [InlineData("adapters")]
    public void Each_readme_example_is_the_code_a_test_runs(string name) => Assert.Equal(Example(name), ReadmeBlock(name));

    [Fact]
    public void The_readme_gives_the_two_commands()
    {
        string readme = Read("README.md");
        Assert.Contains("dotnet run --project samples/Affido.Demo", readme, StringComparison.Ordinal);
        Assert.Contains("dotnet test", readme, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_relative_link_in_the_readme_exists()
    {
        string readme = Read("README.md");
        var links = System.Text.RegularExpressions.Regex.Matches(readme, @"\]\((?!https?:|#)([^)#]+)")
            .Select(m => m.Groups[1].Value)
            .ToList();
        Assert.NotEmpty(links);
        Assert.All(links, link => Assert.True(Path.Exists(Path.Combine(RepositoryRoot(), link)), $"README links to a missing {link}"));
    }
}
