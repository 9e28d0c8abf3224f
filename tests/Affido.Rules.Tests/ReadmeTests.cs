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
        string[] source = RepositoryFile("tests", "Affido.Rules.Tests", "ReadmeExample.cs").Split('\n');
        int begin = Array.FindIndex(source, l => l.Contains("// README:begin", StringComparison.Ordinal));
        int end = Array.FindIndex(source, l => l.Contains("// README:end", StringComparison.Ordinal));
        string readme = RepositoryFile("src", "Affido.Rules", "README.md");
        Assert.Equal(Dedent(source[(begin + 1)..end]), Block(readme, "csharp"));
    }

    [Fact]
    public void The_readme_output_is_what_the_example_prints()
    {
        using var output = new StringWriter();
        ReadmeExample.Run(output);
        if (Environment.GetEnvironmentVariable("AFFIDO_WRITE_README_OUTPUT") is { Length: > 0 } path)
        {
            File.WriteAllText(path, output.ToString());
        }
        string readme = RepositoryFile("src", "Affido.Rules", "README.md");
        Assert.Equal(Block(readme, "text"), output.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void The_catalogue_table_is_the_catalogue()
    {
        string readme = RepositoryFile("src", "Affido.Rules", "README.md");
        var table = readme[readme.IndexOf("## Rule catalogue", StringComparison.Ordinal)..].Split('\n')
            .SkipWhile(l => !l.StartsWith("| code", StringComparison.Ordinal)).Skip(2).TakeWhile(l => l.StartsWith('|'))
            .Select(l => l.Trim('|').Split(" | ").Select(c => c.Trim()).ToArray())
            .ToList();
        var entries = RuleCatalogue.Default.Entries.ToList();
        Assert.Equal(RuleCatalogue.Default.Codes.Order(StringComparer.Ordinal), table.Select(r => r[0].Trim('`')).Order(StringComparer.Ordinal));
        Assert.All(table, row =>
        {
            string code = row[0].Trim('`');
            var kind = Assert.Single(RuleCatalogue.Default.Kinds, k => k.Code == code);
            Assert.StartsWith(kind.Severity.ToString(), row[1], StringComparison.Ordinal);
            Assert.Equal(kind.Source.Citation, row[2]);
            var producers = entries.Where(e => e.Kinds.Any(k => k.Code == code)).ToList();
            Assert.All(producers, e => Assert.Equal(e.Facts.Name, row[3].Trim('`')));
            Assert.All(producers, e => Assert.StartsWith($"`{e.Rule.GetType().Name}`", row[4], StringComparison.Ordinal));
        });
    }

    public static TheoryData<string> Documents => new() { "src/Affido.Rules/README.md", "docs/rules.md", "docs/judicial-timelines.md", "README.md" };

    [Theory]
    [MemberData(nameof(Documents))]
    public void No_example_calls_a_rule_but_through_the_evaluator(string document)
    {
        string text = RepositoryFile(document.Split('/'));
        int at = 0;
        while ((at = text.IndexOf("```csharp\n", at, StringComparison.Ordinal)) >= 0)
        {
            int end = text.IndexOf("```", at + 10, StringComparison.Ordinal);
            string code = text[at..end];
            Assert.DoesNotMatch(@"\b\w+Rule\.\w+\(", code);
            Assert.DoesNotContain(".Findings()", code, StringComparison.Ordinal);
            Assert.DoesNotContain("PlacementRules", code, StringComparison.Ordinal);
            at = end + 3;
        }
    }

    [Fact]
    public void Every_file_docs_rules_names_exists()
    {
        string text = RepositoryFile("docs", "rules.md");
        var paths = System.Text.RegularExpressions.Regex.Matches(text, @"`((?:src|tests|docs)/[^`*<]+\.(?:cs|md))`").Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(paths);
        Assert.All(paths, p => Assert.True(File.Exists(Path.Combine(RepositoryRoot(), p)), p));
    }

    internal static string RepositoryRoot()
        => typeof(ReadmeTests).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>()
            .Single(a => a.Key == "RepositoryRoot").Value!;
}
