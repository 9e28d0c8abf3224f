using System.Text.RegularExpressions;

namespace Affido.TestSupport.Tests.Conventions;

/// <summary>
/// The conventions that make a plain <c>dotnet test</c> give the same result on every run and every machine, checked
/// by reading the repository's C# sources (comments and string literals left out): properties run only through
/// <see cref="PropertyAttribute"/> (its fixed seed), never through FsCheck's runners inside a <c>[Fact]</c>; tests draw
/// no unseeded randomness; the library reads no clock but the <c>IClock</c> the application gives.
/// </summary>
public sealed partial class DeterminismConventionTests
{
    /// <summary>The one file allowed to derive from FsCheck.Xunit's attribute: the project's own <see cref="PropertyAttribute"/>.</summary>
    private const string PropertyAttributeFile = "tests/Affido.TestSupport/Properties/PropertyAttribute.cs";

    /// <summary>
    /// Its PostgreSQL variant, which must also derive from FsCheck.Xunit's attribute (the project's is sealed): the same
    /// arbitraries and seed, plus a skip when the server binaries are missing outside CI.
    /// </summary>
    private const string PostgresPropertyAttributeFile = "tests/Affido.TestSupport/Postgres/PostgresPropertyAttribute.cs";

    /// <summary>
    /// The discoverer of both attributes, which hands FsCheck.Xunit's own test case to xunit (several of them when the
    /// soak explores several seeds per process).
    /// </summary>
    private const string PropertyDiscovererFile = "tests/Affido.TestSupport/Properties/PropertyDiscoverer.cs";

    [GeneratedRegex(@"\bFsCheck\s*\.\s*Xunit\b")]
    private static partial Regex FsCheckXunit();

    [GeneratedRegex(@"\[\s*(?:Fact|Theory)\b")]
    private static partial Regex FactAttribute();

    /// <summary>FsCheck's runners: <c>Check.Quick(...)</c>, <c>Check.One(...)</c>, <c>prop.QuickCheckThrowOnFailure()</c>, <c>prop.Check(config)</c>...</summary>
    [GeneratedRegex(@"\bCheck\s*\.\s*[A-Z]\w*\s*\(|\.\s*(?:Quick|Verbose)?Check(?:ThrowOnFailure)?\s*\(")]
    private static partial Regex FsCheckRunner();

    [GeneratedRegex(@"\bProp\s*\.\s*ForAll\b")]
    private static partial Regex PropForAll();

    /// <summary>Unseeded randomness: a <c>Random</c> built without a seed (by name or target-typed), the shared <c>Random</c> instance, a seed taken from the clock, a fresh GUID, FsCheck's <c>Gen.Sample</c> without an explicit <c>Rnd</c>.</summary>
    [GeneratedRegex(@"new\s+(?:System\s*\.\s*)?Random\s*\(\s*\)|\bRandom\s+\w+\s*=\s*new\s*\(\s*\)|\bRandom\s*\.\s*Shared\b|new\s+(?:System\s*\.\s*)?Random\s*\([^;]*(?:TickCount|DateTime|Stopwatch|Guid)|\bGuid\s*\.\s*NewGuid\s*\(|\bRandomNumberGenerator\b")]
    private static partial Regex UnseededRandomness();

    [GeneratedRegex(@"\bGen\s*\.\s*Sample\s*\(")]
    private static partial Regex GenSample();

    /// <summary>Reading the system clock: <c>DateTime.Now</c>, <c>DateTime.UtcNow</c>, <c>DateTime.Today</c>, the same on <c>DateTimeOffset</c>, <c>SystemClock.Instance</c>, <c>TimeProvider.System</c>.</summary>
    [GeneratedRegex(@"\bDateTime(?:Offset)?\s*\.\s*(?:Now|UtcNow|Today)\b|\bSystemClock\s*\.\s*Instance\b|\bTimeProvider\s*\.\s*System\b")]
    private static partial Regex SystemClockRead();

    private static IEnumerable<(string File, string Code)> Sources(string folder)
        => SourceFiles.CSharpFiles(folder).Select(f => (f, SourceFiles.Code(SourceFiles.Read(f))));

    private static string At(string file, string code, int index) => $"{file}:{SourceFiles.LineOf(code, index)}";

    [Fact]
    public void The_scans_read_the_repository()
    {
        Assert.Contains(PropertyAttributeFile, SourceFiles.CSharpFiles("tests"));
        Assert.True(SourceFiles.CSharpFiles("src").Count > 200);
    }

    [Fact]
    public void No_test_uses_the_fscheck_xunit_property_attribute_directly()
    {
        var offenders = new List<string>();
        foreach (var (file, code) in Sources("tests").Where(s => s.File is not (PropertyAttributeFile or PostgresPropertyAttributeFile or PropertyDiscovererFile)))
        {
            offenders.AddRange(FsCheckXunit().Matches(code).Select(m => At(file, code, m.Index)));
        }

        // A global using in a project file would import FsCheck.Xunit.PropertyAttribute into every file of the project.
        string root = SourceFiles.RepositoryRoot();
        foreach (string project in Directory.EnumerateFiles(Path.Combine(root, "tests"), "*.csproj", SearchOption.AllDirectories))
        {
            if (Regex.IsMatch(File.ReadAllText(project), @"<Using\s+Include\s*=\s*""FsCheck\.Xunit"""))
            {
                offenders.Add(Path.GetRelativePath(root, project) + ": <Using Include=\"FsCheck.Xunit\" />");
            }
        }

        Assert.True(offenders.Count == 0, "Use Affido.TestSupport.PropertyAttribute ([Property] with its fixed seed), not FsCheck.Xunit's:\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void No_fact_runs_a_property_and_no_test_calls_fscheck_runners()
    {
        var offenders = new List<string>();
        foreach (var (file, code) in Sources("tests"))
        {
            // FsCheck's runners draw their own seed: anywhere in tests they bypass the fixed seed of [Property].
            offenders.AddRange(FsCheckRunner().Matches(code).Select(m => At(file, code, m.Index) + ": FsCheck runner"));

            // A property built inside a [Fact] or [Theory] is either run by a runner (above) or silently discarded.
            foreach (Match fact in FactAttribute().Matches(code))
            {
                var (start, end) = MethodBody(code, fact.Index);
                if (PropForAll().Match(code, start, end - start) is { Success: true } forAll)
                {
                    offenders.Add(At(file, code, forAll.Index) + ": Prop.ForAll inside a [Fact]/[Theory]");
                }
            }
        }

        Assert.True(offenders.Count == 0, "Make these [Property] methods returning the Property:\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void No_test_draws_unseeded_randomness()
    {
        var offenders = new List<string>();
        foreach (var (file, code) in Sources("tests"))
        {
            foreach (Match match in UnseededRandomness().Matches(code))
            {
                // A fresh name for a temporary file or folder (a path built on the line) is not test data.
                string line = LineAt(code, match.Index);
                if (match.Value.StartsWith("Guid", StringComparison.Ordinal)
                    && (line.Contains("GetTempPath", StringComparison.Ordinal) || line.Contains("Path.Combine(", StringComparison.Ordinal)))
                {
                    continue;
                }

                offenders.Add(At(file, code, match.Index) + ": " + match.Value);
            }

            foreach (Match sample in GenSample().Matches(code))
            {
                int end = code.IndexOf(';', sample.Index);
                if (!code.AsSpan(sample.Index, (end < 0 ? code.Length : end) - sample.Index).Contains("Rnd(", StringComparison.Ordinal))
                {
                    offenders.Add(At(file, code, sample.Index) + ": Gen.Sample without a Rnd seed");
                }
            }
        }

        Assert.True(offenders.Count == 0, "Seed every random source (new Random(seed), new Rnd(seed, gamma)):\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void The_library_never_reads_the_system_clock()
    {
        // Not even in its DI registration: the application's composition root picks the clock (AddAffidoDomain(services, clock)).
        var offenders = new List<string>();
        foreach (var (file, code) in Sources("src"))
        {
            offenders.AddRange(SystemClockRead().Matches(code).Select(m => At(file, code, m.Index) + ": " + m.Value));
        }

        Assert.True(offenders.Count == 0, "Take \"today\" as an argument or an IClock; the application registers the clock:\n" + string.Join("\n", offenders));
    }

    private static string LineAt(string code, int index)
    {
        int start = code.LastIndexOf('\n', Math.Max(0, index - 1)) + 1;
        int end = code.IndexOf('\n', index);
        return code[start..(end < 0 ? code.Length : end)];
    }

    /// <summary>The span of the method the attribute at <paramref name="attribute"/> decorates: its block, or its expression body up to the ';'.</summary>
    private static (int Start, int End) MethodBody(string code, int attribute)
    {
        int brace = code.IndexOf('{', attribute);
        int arrow = code.IndexOf("=>", attribute, StringComparison.Ordinal);
        if (arrow >= 0 && (brace < 0 || arrow < brace))
        {
            // An expression body ends at the ';' at depth 0.
            int depth = 0;
            for (int i = arrow; i < code.Length; i++)
            {
                depth += code[i] is '(' or '{' or '[' ? 1 : code[i] is ')' or '}' or ']' ? -1 : 0;
                if (code[i] == ';' && depth == 0)
                {
                    return (arrow, i);
                }
            }

            return (arrow, code.Length);
        }

        if (brace < 0)
        {
            return (attribute, attribute);
        }

        int level = 0;
        for (int i = brace; i < code.Length; i++)
        {
            level += code[i] == '{' ? 1 : code[i] == '}' ? -1 : 0;
            if (level == 0)
            {
                return (brace, i);
            }
        }

        return (brace, code.Length);
    }
}
