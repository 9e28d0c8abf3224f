using System.Text.RegularExpressions;

namespace Affido.Demo.Tests.Options;

/// <summary>
/// <c>--database FILE</c>: the registry kept in a SQLite file, created from the synthetic registry when absent and
/// read back afterwards; the report is the same as without the option, but for the line saying where the carers
/// came from.
/// </summary>
public sealed class DatabaseOptionTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("affido-demo-").FullName;

    [Fact]
    public void The_option_is_read_in_both_spellings()
    {
        Assert.True(DemoOptions.TryParse(["--database", "registry.db"], out var spaced, out _));
        Assert.True(DemoOptions.TryParse(["--database=registry.db", "--carers=300"], out var joined, out _));
        Assert.Equal("registry.db", spaced.DatabaseFile);
        Assert.Equal(new DemoOptions(300, DatabaseFile: "registry.db"), joined);
        Assert.True(DemoOptions.TryParse([], out var none, out _));
        Assert.Null(none.DatabaseFile);
    }

    [Fact]
    public void A_missing_file_name_is_named()
    {
        Assert.False(DemoOptions.TryParse(["--database"], out _, out string? missing));
        Assert.Equal("--database needs a value.", missing);
        Assert.False(DemoOptions.TryParse(["--database="], out _, out string? blank));
        Assert.Equal("--database needs a file name.", blank);
        Assert.Contains("--database FILE", DemoOptions.Usage, StringComparison.Ordinal);
    }

    [Fact]
    public void The_file_is_created_when_absent_then_read_and_the_report_does_not_change()
    {
        string file = Path.Combine(folder, "registry.db");
        var generated = Run("--carers", "600", "--seed", "3");
        var created = Run("--carers", "600", "--seed", "3", "--database", file);
        Assert.True(File.Exists(file));
        var read = Run("--carers", "600", "--seed", "3", "--database", file);

        Assert.Equal((0, string.Empty), (created.Code, created.Error));
        Assert.Equal((0, string.Empty), (read.Code, read.Error));
        Assert.Contains("600 famiglie / carers generate e salvate nel database", created.Output, StringComparison.Ordinal);
        Assert.Contains("600 famiglie / carers lette dal database", read.Output, StringComparison.Ordinal);
        Assert.Equal(Comparable(generated.Output), Comparable(created.Output));
        Assert.Equal(Comparable(generated.Output), Comparable(read.Output));
    }

    [Fact]
    public void A_file_that_is_not_a_database_is_answered_with_exit_code_2()
    {
        string file = Path.Combine(folder, "notes.db");
        File.WriteAllText(file, "not a database");
        var (code, _, error) = Run("--database", file);
        Assert.Equal(2, code);
        Assert.Contains("cannot use", error, StringComparison.Ordinal);
        Assert.Contains("notes.db", error, StringComparison.Ordinal);
    }

    /// <inheritdoc />
    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = DemoApp.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>The report without timings and without the line saying where the registry came from.</summary>
    private static string Comparable(string report)
    {
        var lines = report.Split('\n').Where(l => !l.Contains("famiglie sintetiche", StringComparison.Ordinal) && !l.Contains("famiglie / carers", StringComparison.Ordinal));
        return Regex.Replace(string.Join('\n', lines), @"\d[\d,.]* ms", "? ms");
    }
}
