using System.Diagnostics;
using System.Globalization;
using Affido.Domain;
using Affido.TestSupport;

namespace Affido.Demo;

/// <summary>Generates the demo's synthetic registry, with a progress line for large registries.</summary>
public static class DemoRegistry
{
    /// <summary>Generates <see cref="DemoOptions.Carers"/> carers with <see cref="DemoOptions.Seed"/>.</summary>
    /// <param name="options">The demo options.</param>
    /// <param name="output">Where the progress line goes (only from <see cref="DemoOptions.ProgressThreshold"/> carers).</param>
    /// <returns>The carers and the time it took.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static (FosterCarer[] Carers, TimeSpan Elapsed) Load(DemoOptions options, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        var stopwatch = Stopwatch.StartNew();
        IProgress<int>? progress = null;
        ProgressLine? line = null;
        if (options.Carers >= DemoOptions.ProgressThreshold)
        {
            line = new ProgressLine(output, options.Carers);
            progress = line;
        }
        var carers = SyntheticRegistry.Generate(new SyntheticRegistryOptions(options.Carers, options.Seed), progress);
        line?.Finish();
        return (carers, stopwatch.Elapsed);
    }

    /// <summary>Prints "Registro: 40% (400,000 / 1,000,000)" on one line, every 10%, from whichever thread reports.</summary>
    private sealed class ProgressLine(TextWriter output, int total) : IProgress<int>
    {
        private readonly Lock gate = new();
        private int lastTenth = -1;

        public void Report(int value)
        {
            int tenth = (int)(value * 10L / total);
            lock (gate)
            {
                if (tenth <= lastTenth)
                {
                    return;
                }
                lastTenth = tenth;
                output.Write(string.Create(CultureInfo.InvariantCulture, $"\r  Generazione registro / generating registry: {tenth * 10,3}% ({value:N0} / {total:N0})"));
                output.Flush();
            }
        }

        public void Finish()
        {
            lock (gate)
            {
                output.WriteLine();
            }
        }
    }
}
