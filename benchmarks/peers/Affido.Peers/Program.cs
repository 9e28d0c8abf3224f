using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using Affido.Matching.Planning;

namespace Affido.Peers;

/// <summary>
/// The .NET side of <c>benchmarks/peers/lsap_peer.py</c>: solves instances written by the script with
/// <see cref="LinearAssignment"/> and prints one JSON line per answer.
/// </summary>
/// <remarks>
/// <para>Two ways to run it:</para>
/// <list type="bullet">
/// <item><c>Affido.Peers &lt;instance.bin&gt; [repeats]</c>: solves one instance, prints the total, the number of
/// assigned rows, the first (cold) time and the best time over the repeats.</item>
/// <item><c>Affido.Peers --serve</c>: reads commands from standard input, one a line, and answers each with one JSON
/// line: <c>load &lt;instance.bin&gt;</c> (reads the instance and solves it once, untimed, so that the code is compiled:
/// <c>{"rows", "columns", "entries"}</c>), <c>solve</c> (one timed solve of the loaded instance:
/// <c>{"seconds", "cpu_seconds", "total", "assigned"}</c>, the second the process's processor time), <c>quit</c>. The script alternates scipy's calls and these, so that both
/// sides see the same load on a shared machine.</item>
/// </list>
/// <para>
/// File format (little-endian): int64 kind (1 dense, 2 sparse), int64 rows, int64 columns, int64 entries; then for a
/// dense instance rows × columns float64 row-major, for a sparse one rows + 1 int32 row starts, entries int32 column
/// indices and entries float64 values (scipy's CSR arrays). Scores are maximised. The matrix is built (and checked)
/// when loaded; a timed solve is the call to <see cref="LinearAssignment.SolveDense(ReadOnlySpan{double}, int, int, AssignmentObjective)"/>
/// or <see cref="LinearAssignment.SolveSparse"/> alone, as scipy's time is its function's call.
/// </para>
/// </remarks>
public static class Program
{
    /// <summary>Entry point.</summary>
    /// <param name="args">The instance file and, optionally, how many timed repeats (default 5); or <c>--serve</c>.</param>
    /// <returns>0 on success, 2 on a usage error.</returns>
    public static int Main(string[] args)
    {
        if (args is ["--serve"])
        {
            Serve(Console.In, Console.Out);
            return 0;
        }

        if (args.Length is < 1 or > 2 || args[0].StartsWith('-'))
        {
            Console.Error.WriteLine("usage: Affido.Peers <instance.bin> [repeats]   |   Affido.Peers --serve");
            return 2;
        }

        int repeats = args.Length == 2 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
        var solve = Load(args[0], out _, out _, out _);
        var watch = Stopwatch.StartNew();
        var result = solve();
        double first = watch.Elapsed.TotalSeconds;
        double best = first;
        for (int k = 0; k < repeats; k++)
        {
            watch.Restart();
            result = solve();
            best = Math.Min(best, watch.Elapsed.TotalSeconds);
        }

        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{{\"total\": {result.Total:R}, \"assigned\": {result.AssignedCount}, \"first_seconds\": {first:R}, \"best_seconds\": {best:R}}}"));
        return 0;
    }

    private static void Serve(TextReader input, TextWriter output)
    {
        Func<AssignmentResult>? solve = null;
        while (input.ReadLine() is { } line)
        {
            string command = line.Trim();
            if (command.StartsWith("load ", StringComparison.Ordinal))
            {
                solve = null;
                GC.Collect();
                solve = Load(command["load ".Length..], out int rows, out int columns, out int entries);
                solve(); // compiles every path the timed calls take
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{{\"rows\": {rows}, \"columns\": {columns}, \"entries\": {entries}}}"));
            }
            else if (command == "solve" && solve is not null)
            {
                var process = Process.GetCurrentProcess();
                var cpu = process.TotalProcessorTime;
                var watch = Stopwatch.StartNew();
                var result = solve();
                double seconds = watch.Elapsed.TotalSeconds;
                process.Refresh();
                double cpuSeconds = (process.TotalProcessorTime - cpu).TotalSeconds;
                output.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{{\"seconds\": {seconds:R}, \"cpu_seconds\": {cpuSeconds:R}, \"total\": {result.Total:R}, \"assigned\": {result.AssignedCount}}}"));
            }
            else if (command == "quit")
            {
                return;
            }
            else
            {
                output.WriteLine("{\"error\": \"expected 'load <file>', 'solve' (after a load) or 'quit'\"}");
            }

            output.Flush();
        }
    }

    private static Func<AssignmentResult> Load(string path, out int rows, out int columns, out int entries)
    {
        using var reader = new BinaryReader(File.OpenRead(path));
        long kind = reader.ReadInt64();
        int r = rows = checked((int)reader.ReadInt64());
        int c = columns = checked((int)reader.ReadInt64());
        entries = checked((int)reader.ReadInt64());
        if (kind == 1)
        {
            double[] values = ReadDoubles(reader, entries);
            return () => LinearAssignment.SolveDense(values, r, c, AssignmentObjective.Maximize);
        }

        int[] starts = ReadInts(reader, rows + 1);
        int[] indices = ReadInts(reader, entries);
        double[] scores = ReadDoubles(reader, entries);
        var matrix = new SparseScoreMatrix(rows, columns, starts, indices, scores);
        return () => LinearAssignment.SolveSparse(matrix, AssignmentObjective.Maximize);
    }

    private static double[] ReadDoubles(BinaryReader reader, int count)
    {
        double[] values = new double[count];
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(values.AsSpan()));
        return values;
    }

    private static int[] ReadInts(BinaryReader reader, int count)
    {
        int[] values = new int[count];
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(values.AsSpan()));
        return values;
    }
}
