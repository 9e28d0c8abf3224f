using System.Reflection;
using System.Text.RegularExpressions;

namespace Affido.Domain.Tests.Conventions;

/// <summary>
/// One type per file in Affido.Domain, the file named after it, so a type is found by its name. A generic type
/// <c>X&lt;T&gt;</c> is in <c>X.cs</c>, or in <c>X{T}.cs</c> when a non-generic <c>X</c> has <c>X.cs</c> (<c>ValueArray</c>).
/// </summary>
public sealed partial class SourceFileTests
{
    /// <summary>Folders another engineer owns at the moment: Specifications/ is being deleted, Kinship/ is shared with the rules.</summary>
    private static readonly string[] Excluded = ["Specifications", "Kinship"];

    [GeneratedRegex(@"^(?:public|internal)\s+(?:(?:sealed|static|abstract|readonly|partial)\s+)*(?:record\s+struct|record|class|struct|enum|interface)\s+(\w+)(<[^>]+>)?", RegexOptions.Multiline)]
    private static partial Regex TypeDeclaration();

    private static string SourceRoot()
    {
        string root = typeof(SourceFileTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "RepositoryRoot").Value!;
        return Path.Combine(root, "src", "Affido.Domain");
    }

    [Fact]
    public void Every_source_file_declares_one_type_named_like_the_file()
    {
        string source = SourceRoot();
        var files = Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
            .Where(f => Path.GetRelativePath(source, f).Split(Path.DirectorySeparatorChar)[0] is var first
                        && !Excluded.Contains(first) && first is not ("obj" or "bin"))
            .ToList();
        Assert.True(files.Count > 80, files.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var offenders = new List<string>();
        foreach (string file in files)
        {
            var types = TypeDeclaration().Matches(File.ReadAllText(file)).ToList();
            string name = Path.GetFileNameWithoutExtension(file);
            bool named = types.Count == 1 && (types[0].Groups[1].Value == name
                || (types[0].Groups[2].Success && types[0].Groups[1].Value + "{" + types[0].Groups[2].Value[1..^1] + "}" == name));
            if (!named)
            {
                offenders.Add($"{Path.GetRelativePath(source, file)}: {string.Join(", ", types.Select(t => t.Value))}");
            }
        }

        Assert.Empty(offenders);
    }
}
