using System.Reflection;
using System.Text.RegularExpressions;
using Affido.TestSupport;

namespace Affido.PublicApi.Tests.Docs;

/// <summary>
/// The names a Markdown document gives in backticks, checked against the packages: an inline code span that is an
/// identifier (<c>Placement</c>, <c>ICode&lt;TSelf&gt;</c>, <c>LegalBasis.Consensual</c>) must be a type of an Affido
/// package, each dotted segment after it a member or nested type of what precedes; a span that is a repository path
/// (<c>src/...</c>, <c>tests/...</c>, <c>docs/...</c>) must exist. Other spans (codes such as <c>carer.needs.not-accepted</c>,
/// expressions, commands) and fenced code blocks are not names and are skipped.
/// </summary>
internal static partial class DocumentedNames
{
    /// <summary>The assemblies of the packages the documents describe.</summary>
    public static IReadOnlyList<Assembly> Packages { get; } =
    [
        typeof(Affido.Domain.Minor).Assembly,
        typeof(Affido.Rules.Finding).Assembly,
        typeof(Affido.Matching.CarerIndex).Assembly,
        typeof(Affido.Serialization.SystemTextJson.AffidoJsonExtensions).Assembly,
        typeof(Affido.EntityFrameworkCore.RegistryModelBuilderExtensions).Assembly,
    ];

    /// <summary>
    /// Terms in backticks that are not types of the three packages, each with why it may stand there. Keep it short:
    /// a name that can be checked is not listed here.
    /// </summary>
    private static readonly Dictionary<string, string> NotPackageTypes = new(StringComparer.Ordinal)
    {
        // Types of other libraries that the documents name as such.
        ["DbContext"] = "EF Core",
        ["DbSet"] = "EF Core",
        ["JsonException"] = "System.Text.Json",
        ["ArgumentException"] = "System",
        ["NullReferenceException"] = "System",
    };

    [GeneratedRegex(@"^(?<type>[A-Z][A-Za-z0-9]*)(?<generic><[A-Za-z0-9, ]+>)?(?<members>(?:\.[A-Z][A-Za-z0-9]*)*)$")]
    private static partial Regex Identifier();

    [GeneratedRegex(@"^(?:src|tests|docs|benchmarks|samples)/[A-Za-z0-9_./-]+$")]
    private static partial Regex RepositoryPath();

    [GeneratedRegex(@"(?<!`)`([^`\n]+)`(?!`)")]
    private static partial Regex CodeSpan();

    /// <summary>The inline code spans of <paramref name="markdown"/> outside fenced blocks, with their line numbers.</summary>
    public static IEnumerable<(int Line, string Span)> Spans(string markdown)
    {
        bool fenced = false;
        string[] lines = markdown.ReplaceLineEndings("\n").Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i].TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                fenced = !fenced;
                continue;
            }

            if (fenced)
            {
                continue;
            }

            foreach (Match match in CodeSpan().Matches(lines[i]))
            {
                yield return (i + 1, match.Groups[1].Value.Trim());
            }
        }
    }

    /// <summary>
    /// What is wrong with the names of the document at <paramref name="relativePath"/>: one line per span that names
    /// a type, member or path that does not exist (or is not public, when <paramref name="publicOnly"/>).
    /// </summary>
    /// <param name="relativePath">The document, from the repository root.</param>
    /// <param name="publicOnly">Users' documents name public types only; contributors' documents may name internal machinery and test classes.</param>
    /// <param name="checkedNames">How many spans were checked (so a test can tell the document was read).</param>
    public static List<string> Problems(string relativePath, bool publicOnly, out int checkedNames)
    {
        string root = SourceFiles.RepositoryRoot();
        string text = File.ReadAllText(Path.Combine(root, relativePath));
        var problems = new List<string>();
        checkedNames = 0;
        foreach (var (line, span) in Spans(text))
        {
            string? problem;
            if (RepositoryPath().IsMatch(span))
            {
                problem = PathProblem(root, span);
            }
            else if (Identifier().Match(span) is { Success: true } identifier)
            {
                problem = IdentifierProblem(root, span, identifier, publicOnly);
            }
            else
            {
                continue;
            }

            checkedNames++;
            if (problem is not null)
            {
                problems.Add($"{relativePath}:{line}: `{span}` {problem}");
            }
        }

        return problems;
    }

    private static string? PathProblem(string root, string span)
    {
        string full = Path.Combine(root, span.TrimEnd('/'));
        return File.Exists(full) || Directory.Exists(full) ? null : "is not a file or folder of the repository";
    }

    private static string? IdentifierProblem(string root, string span, Match identifier, bool publicOnly)
    {
        if (NotPackageTypes.ContainsKey(span) || Packages.Any(a => a.GetName().Name == span))
        {
            return null;
        }

        string name = identifier.Groups["type"].Value;
        int arity = identifier.Groups["generic"].Success ? identifier.Groups["generic"].Value.Count(c => c == ',') + 1 : 0;
        string[] members = identifier.Groups["members"].Value.Split('.', StringSplitOptions.RemoveEmptyEntries);
        string metadataName = arity == 0 ? name : $"{name}`{arity}";
        var types = Packages.SelectMany(a => a.GetTypes())
            .Where(t => t.Name == metadataName && !t.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute)))
            .ToList();
        if (types.Count == 0)
        {
            return publicOnly ? "is not a type of an Affido package" : TestTypeProblem(root, name, members);
        }

        var visible = publicOnly ? types.Where(t => t.IsVisible).ToList() : types;
        if (visible.Count == 0)
        {
            return "is not a public type (users' documents name public types only)";
        }

        return visible.Any(t => MembersExist(t, members, publicOnly)) ? null : $"names a member that {name} does not have" + (publicOnly ? " publicly" : string.Empty);
    }

    /// <summary>A contributors' document may name a test class: its file exists (one type per file) and holds each member named.</summary>
    private static string? TestTypeProblem(string root, string name, string[] members)
    {
        string? file = Directory.EnumerateFiles(Path.Combine(root, "tests"), name + ".cs", SearchOption.AllDirectories)
            .FirstOrDefault(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        if (file is null)
        {
            return "is neither a type of an Affido package nor a test class (tests/**/" + name + ".cs)";
        }

        string text = File.ReadAllText(file);
        var missing = members.Where(m => !Regex.IsMatch(text, @"\b" + Regex.Escape(m) + @"\b")).ToList();
        return missing.Count == 0 ? null : $"names {string.Join(", ", missing)}, which {Path.GetFileName(file)} does not declare";
    }

    private static bool MembersExist(Type type, string[] members, bool publicOnly)
    {
        var flags = BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | (publicOnly ? 0 : BindingFlags.NonPublic);
        var current = type;
        foreach (string member in members)
        {
            var found = current.GetMember(member, MemberTypes.All, flags | BindingFlags.FlattenHierarchy)
                .Concat(current.GetInterfaces().SelectMany(i => i.GetMember(member, flags)))
                .FirstOrDefault();
            if (found is null)
            {
                return false;
            }

            current = found switch
            {
                Type nested => nested,
                PropertyInfo property => property.PropertyType,
                FieldInfo field when !field.IsLiteral && !field.DeclaringType!.IsEnum => field.FieldType,
                _ => current,
            };
        }

        return true;
    }
}
