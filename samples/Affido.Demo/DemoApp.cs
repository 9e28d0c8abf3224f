using System.Globalization;
using Affido.Domain;
using Affido.TestSupport;
using NodaTime;

namespace Affido.Demo;

/// <summary>
/// The main job: loads a synthetic registry over the real Lombardy territory, ranks carers for sample requests,
/// plans a waiting list and checks a placement against the rule catalogue.
/// </summary>
public static class DemoApp
{
    /// <summary>The date the demo runs "as of": fixed, so the output is the same on every run.</summary>
    public static LocalDate Today => SyntheticRegistryOptions.DefaultAsOf;

    /// <summary>Runs the demo.</summary>
    /// <param name="args">The command line (see <see cref="DemoOptions.Usage"/>).</param>
    /// <param name="output">Where the report goes.</param>
    /// <param name="error">Where errors go.</param>
    /// <returns>The exit code: 0 done, 2 bad option or malformed requests file.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (!DemoOptions.TryParse(args, out var options, out string? problem))
        {
            error.WriteLine("affido-demo: " + problem);
            return 2;
        }
        if (options.ShowHelp)
        {
            output.WriteLine(DemoOptions.Usage);
            return 0;
        }

        var territory = LombardyTerritory.Instance;
        DemoRequestSet requests;
        try
        {
            requests = options.RequestsFile is null ? RequestFile.LoadEmbedded(territory) : RequestFile.Load(options.RequestsFile, territory);
        }
        catch (RequestFileException ex)
        {
            error.WriteLine("affido-demo: malformed requests file: " + ex.Message);
            return 2;
        }

        Heading(output, "Affido: dimostrazione / demo");
        output.WriteLine(Invariant($"  Data di riferimento / as of: {Today:uuuu-MM-dd}. Nessun nome: solo codici pseudonimi / no names, pseudonymous codes only."));
        var (carers, elapsed) = DemoRegistry.Load(options, output);
        RegistrySection.Write(output, carers, territory, options, elapsed);
        return 0;
    }

    /// <summary>Writes a section heading.</summary>
    /// <param name="output">Where.</param>
    /// <param name="title">The title.</param>
    internal static void Heading(TextWriter output, string title)
    {
        output.WriteLine();
        output.WriteLine(title);
        output.WriteLine(new string('=', title.Length));
    }

    /// <summary>Formats with the invariant culture (thousands with commas, dates ISO).</summary>
    /// <param name="text">The interpolated text.</param>
    /// <returns>The formatted text.</returns>
    internal static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
