namespace Affido.Demo.Tests.App;

public class DemoAppTests
{
    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = DemoApp.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void The_default_run_shows_every_section()
    {
        var (code, output, error) = Run();

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        Assert.Contains("5,000 famiglie sintetiche", output, StringComparison.Ordinal);
        foreach (string id in new[] { "rozzano-9", "siblings-4-7-11", "msna-16", "emergency-2", "kinship-6" })
        {
            Assert.Contains($"Richiesta {id}:", output, StringComparison.Ordinal);
        }
        Assert.Contains("Escluse perché / excluded because", output, StringComparison.Ordinal);
        Assert.Contains("Piano ottimo / planned", output, StringComparison.Ordinal);
        Assert.Contains("planning together places 3 more minors", output, StringComparison.Ordinal);
        Assert.Contains("verification.overdue", output, StringComparison.Ordinal);
        Assert.Contains("Reg. art. 8 f", output, StringComparison.Ordinal);
        Assert.Contains("relazione al giudice / court report", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Generazione registro", output, StringComparison.Ordinal); // no progress line under 100,000
    }

    [Fact]
    public void The_same_seed_gives_the_same_report_apart_from_timings()
    {
        static string WithoutTimings(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\d[\d,.]* ms", "? ms");
        Assert.Equal(WithoutTimings(Run("--carers", "800", "--seed", "11").Output), WithoutTimings(Run("--carers=800", "--seed=11").Output));
    }

    [Fact]
    public void A_tiny_registry_still_runs_and_says_when_nobody_is_eligible()
    {
        var (code, output, _) = Run("--carers", "20", "--seed", "5");
        Assert.Equal(0, code);
        Assert.Contains("Nessuna famiglia compatibile / no eligible carer", output, StringComparison.Ordinal);
    }
}
