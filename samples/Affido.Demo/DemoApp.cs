using System.Diagnostics;
using System.Globalization;
using Affido.Domain;
using Affido.Matching;
using Affido.Rules;
using Affido.TestSupport;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
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
    /// <returns>The exit code: 0 done, 2 bad option, malformed requests file or unreadable database.</returns>
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
        FosterCarer[] carers;
        TimeSpan elapsed;
        string? source = null;
        if (options.DatabaseFile is null)
        {
            (carers, elapsed) = DemoRegistry.Load(options, output);
        }
        else
        {
            try
            {
                (carers, elapsed, source) = DemoDatabase.Load(options, output);
            }
            catch (DemoDatabaseException ex)
            {
                error.WriteLine("affido-demo: " + ex.Message);
                return 2;
            }
        }

        RegistrySection.Write(output, carers, territory, options, elapsed, source);

        // What an integrator does: register the packages on a real container, with a clock of its own (an application
        // gives NodaTime's SystemClock; the demo runs as of a fixed day, so its clock stands still at Today in Rome),
        // and resolve what they need.
        var services = new ServiceCollection().AddAffidoDomain(RomeClock.At(Today)).AddAffidoRules().AddAffidoMatching().BuildServiceProvider();
        var stopwatch = Stopwatch.StartNew();
        var index = services.GetRequiredService<CarerIndexFactory>().Build(carers);
        stopwatch.Stop();
        output.WriteLine(Invariant($"  Indice colonnare / columnar index: {index.Count:N0} famiglie in {stopwatch.Elapsed.TotalMilliseconds:N0} ms, circa {index.EstimatedBytes / Math.Max(1, index.Count)} byte per famiglia."));
        var byCode = carers.ToDictionary(c => c.Code);

        var validator = services.GetRequiredService<IValidator<MatchRequest>>();
        if (!requests.Requests.IsEmpty)
        {
            MatchingSection.Write(output, index, byCode, territory, requests.Requests, validator);
        }
        var waitingList = requests.WaitingList.IsEmpty ? requests.Requests : requests.WaitingList;
        var invalid = waitingList.FirstOrDefault(r => !validator.Validate(r.ToMatchRequest()).IsValid);
        if (invalid is null)
        {
            PlanningSection.Write(output, index, byCode, waitingList);
        }
        else
        {
            output.WriteLine($"  Lista d'attesa non pianificata: la richiesta {invalid.Id} non è valida / waiting list not planned: request {invalid.Id} is invalid.");
        }

        var sample = requests.Requests.IsEmpty ? waitingList[0] : requests.Requests[0];
        var best = index.Search(sample.ToMatchRequest(), 1).Candidates is { IsEmpty: false } top ? top[0].Carer : carers[0].Code;
        var (placement, plan) = RulesSection.SamplePlacement(sample.Minors[0], best, sample.FamilyMunicipality);
        RulesSection.Write(output, services.GetRequiredService<RuleEvaluator>(), services.GetRequiredService<ContributionCalculator>(), placement, plan, Today);
        output.WriteLine();
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
