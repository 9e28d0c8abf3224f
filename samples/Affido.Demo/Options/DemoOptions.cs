using System.Globalization;
using Affido.TestSupport;

namespace Affido.Demo;

/// <summary>The demo's command line: <c>--carers N</c>, <c>--seed S</c>, <c>--requests FILE</c>, <c>--database FILE</c>, <c>--help</c>.</summary>
/// <param name="Carers">How many synthetic carers the embedded registry holds.</param>
/// <param name="Seed">The seed of the synthetic registry.</param>
/// <param name="RequestsFile">A JSON file of requests to run instead of the built-in ones, or null.</param>
/// <param name="ShowHelp">Whether to print the usage and stop.</param>
/// <param name="DatabaseFile">A SQLite file the registry is read from (created from the synthetic registry when absent), or null.</param>
public sealed record DemoOptions(int Carers = DemoOptions.DefaultCarers, ulong Seed = SyntheticRegistryOptions.DefaultSeed, string? RequestsFile = null, bool ShowHelp = false, string? DatabaseFile = null)
{
    /// <summary>The registry size without <c>--carers</c>: a few thousand, the size of a large network's registry.</summary>
    public const int DefaultCarers = 5_000;

    /// <summary>The largest registry the demo accepts (memory stays under about 2 GB).</summary>
    public const int MaxCarers = 5_000_000;

    /// <summary>From this size on, loading prints a progress line.</summary>
    public const int ProgressThreshold = 100_000;

    /// <summary>The usage text printed by <c>--help</c>.</summary>
    public static string Usage { get; } = $"""
        Affido demo: ranks foster carers for sample requests, plans a waiting list and checks a placement.

        Usage: dotnet run --project samples/Affido.Demo [-- options]

        Options:
          --carers N       number of synthetic carers in the registry (default {DefaultCarers:N0}, at most {MaxCarers:N0})
          --seed S         seed of the synthetic registry (default {SyntheticRegistryOptions.DefaultSeed}); same seed, same registry
          --requests FILE  run the requests in FILE (JSON, format in README.md and samples/Affido.Demo/requests.json)
          --database FILE  keep the registry in the SQLite file FILE: read it when it exists, else create it from the
                           synthetic registry (--carers, --seed) and save it there
          --help, -h       print this help

        Exit codes: 0 done, 2 bad option, malformed requests file or unreadable database.
        """;

    /// <summary>Parses the command line; on error, says what is wrong with which argument.</summary>
    /// <param name="args">The arguments after <c>--</c>; both <c>--carers 100</c> and <c>--carers=100</c> work.</param>
    /// <param name="options">The options, when parsing succeeded.</param>
    /// <param name="error">What is wrong, when it did not.</param>
    /// <returns>Whether the arguments were valid.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="args"/> is null.</exception>
    public static bool TryParse(IReadOnlyList<string> args, out DemoOptions options, out string? error)
    {
        ArgumentNullException.ThrowIfNull(args);
        options = new DemoOptions();
        error = null;
        for (int i = 0; i < args.Count; i++)
        {
            string arg = args[i];
            string name = arg;
            string? value = null;
            int equals = arg.IndexOf('=', StringComparison.Ordinal);
            if (arg.StartsWith("--", StringComparison.Ordinal) && equals > 0)
            {
                name = arg[..equals];
                value = arg[(equals + 1)..];
            }

            switch (name)
            {
                case "--help" or "-h" or "-?":
                    options = options with { ShowHelp = true };
                    break;
                case "--carers":
                    if (!TakeValue(args, ref i, name, ref value, out error))
                    {
                        return false;
                    }
                    if (!int.TryParse(value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out int carers) || carers < 1 || carers > MaxCarers)
                    {
                        error = $"--carers must be a whole number from 1 to {MaxCarers.ToString("N0", CultureInfo.InvariantCulture)}, not '{value}'.";
                        return false;
                    }
                    options = options with { Carers = carers };
                    break;
                case "--seed":
                    if (!TakeValue(args, ref i, name, ref value, out error))
                    {
                        return false;
                    }
                    if (!ulong.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out ulong seed))
                    {
                        error = $"--seed must be a non-negative whole number, not '{value}'.";
                        return false;
                    }
                    options = options with { Seed = seed };
                    break;
                case "--requests":
                    if (!TakeValue(args, ref i, name, ref value, out error))
                    {
                        return false;
                    }
                    if (string.IsNullOrWhiteSpace(value))
                    {
                        error = "--requests needs a file name.";
                        return false;
                    }
                    options = options with { RequestsFile = value };
                    break;
                case "--database":
                    if (!TakeValue(args, ref i, name, ref value, out error))
                    {
                        return false;
                    }
                    if (string.IsNullOrWhiteSpace(value))
                    {
                        error = "--database needs a file name.";
                        return false;
                    }
                    options = options with { DatabaseFile = value };
                    break;
                default:
                    error = $"Unknown option '{arg}'. Try --help.";
                    return false;
            }
        }
        return true;
    }

    private static bool TakeValue(IReadOnlyList<string> args, ref int i, string name, ref string? value, out string? error)
    {
        error = null;
        if (value is not null)
        {
            return true;
        }
        if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
        {
            error = $"{name} needs a value.";
            return false;
        }
        value = args[++i];
        return true;
    }
}
