namespace Affido.Demo.Tests.Options;

public class DemoOptionsTests
{
    private static DemoOptions Parse(params string[] args)
    {
        Assert.True(DemoOptions.TryParse(args, out var options, out string? error), error);
        return options;
    }

    private static string Error(params string[] args)
    {
        Assert.False(DemoOptions.TryParse(args, out _, out string? error));
        return error!;
    }

    [Fact]
    public void No_arguments_give_the_defaults()
    {
        var options = Parse();
        Assert.Equal(DemoOptions.DefaultCarers, options.Carers);
        Assert.Equal(TestSupport.SyntheticRegistryOptions.DefaultSeed, options.Seed);
        Assert.Null(options.RequestsFile);
        Assert.False(options.ShowHelp);
    }

    [Fact]
    public void Every_option_is_read_in_both_spellings()
    {
        Assert.Equal(new DemoOptions(100_000, 7, "r.json"), Parse("--carers", "100000", "--seed", "7", "--requests", "r.json"));
        Assert.Equal(new DemoOptions(100_000, 7, "r.json"), Parse("--carers=100,000", "--seed=7", "--requests=r.json"));
        Assert.True(Parse("--help").ShowHelp);
        Assert.True(Parse("-h").ShowHelp);
    }

    [Theory]
    [InlineData("1", 1)]
    [InlineData("5000000", DemoOptions.MaxCarers)]
    public void Carers_accepts_its_bounds(string value, int expected) => Assert.Equal(expected, Parse("--carers", value).Carers);

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("5000001")]
    [InlineData("many")]
    [InlineData("1.5")]
    public void Carers_outside_its_bounds_is_rejected(string value)
        => Assert.Contains("--carers must be a whole number from 1 to 5,000,000", Error("--carers", value), StringComparison.Ordinal);

    [Fact]
    public void A_negative_or_textual_seed_is_rejected()
    {
        Assert.Contains("--seed must be", Error("--seed", "-1"), StringComparison.Ordinal);
        Assert.Contains("'abc'", Error("--seed=abc"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_value_is_named()
    {
        Assert.Equal("--carers needs a value.", Error("--carers"));
        Assert.Equal("--seed needs a value.", Error("--seed", "--carers", "10"));
        Assert.Equal("--requests needs a file name.", Error("--requests="));
    }

    [Fact]
    public void An_unknown_option_is_named()
        => Assert.Equal("Unknown option '--carer'. Try --help.", Error("--carer", "10"));

    [Fact]
    public void Help_lists_every_option()
    {
        foreach (string option in new[] { "--carers N", "--seed S", "--requests FILE", "--help" })
        {
            Assert.Contains(option, DemoOptions.Usage, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_app_exits_with_2_on_a_bad_option_and_0_on_help()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        Assert.Equal(2, DemoApp.Run(["--carers", "0"], output, error));
        Assert.StartsWith("affido-demo: --carers must be", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, DemoApp.Run(["--help"], output, error));
        Assert.Contains("Usage: dotnet run --project samples/Affido.Demo", output.ToString(), StringComparison.Ordinal);
    }
}
