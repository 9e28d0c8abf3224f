namespace Affido.Rules.Tests;

public class ReadmeTests
{
    internal static string RepositoryFile(params string[] parts)
    {
        string? root = typeof(ReadmeTests).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>()
            .SingleOrDefault(a => a.Key == "RepositoryRoot")?.Value;
        Assert.NotNull(root);
        return File.ReadAllText(Path.Combine([root, .. parts])).ReplaceLineEndings("\n");
    }

    internal static string Block(string markdown, string language)
    {
        int start = markdown.IndexOf("```" + language + "\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no {language} block");
        start += language.Length + 4;
        return markdown[start..markdown.IndexOf("```", start, StringComparison.Ordinal)];
    }

    internal static string Dedent(IEnumerable<string> lines)
    {
        var list = lines.ToList();
        int indent = list.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
        return string.Join("\n", list.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart())) + "\n";
    }

    [Fact]
    public void The_readme_code_is_the_example_that_runs()
    {
        var source = RepositoryFile("tests", "Affido.Rules.Tests", "ReadmeExample.cs").Split('\n');
        int begin = Array.FindIndex(source, l => l.Contains("// README:begin", StringComparison.Ordinal));
        int end = Array.FindIndex(source, l => l.Contains("// README:end", StringComparison.Ordinal));
        var readme = RepositoryFile("src", "Affido.Rules", "README.md");
        Assert.Equal(Dedent(source[(begin + 1)..end]), Block(readme, "csharp"));
    }

    [Fact]
    public void The_readme_output_is_what_the_example_prints()
    {
        using var output = new StringWriter();
        ReadmeExample.Run(output);
        var readme = RepositoryFile("src", "Affido.Rules", "README.md");
        Assert.Equal(Block(readme, "text"), output.ToString().ReplaceLineEndings("\n"));
    }
}
