using System.Diagnostics;
using System.Globalization;
using Affido.Matching.Planning;

namespace Affido.Peers;

/// <summary>
/// Solves an instance written by <c>benchmarks/peers/lsap_peer.py</c> with <see cref="LinearAssignment"/> and prints
/// one JSON line: the total, the number of assigned rows, the first (cold) time and the best time over the repeats.
/// </summary>
/// <remarks>
/// Usage: <c>dotnet run -c Release --project benchmarks/peers/Affido.Peers -- &lt;instance.bin&gt; [repeats]</c>.
/// File format (little-endian): int64 kind (1 dense, 2 sparse), int64 rows, int64 columns, int64 entries; then for a
/// dense instance rows × columns float64 row-major, for a sparse one rows + 1 int32 row starts, entries int32 column
/// indices and entries float64 values (scipy's CSR arrays). Scores are maximised.
/// </remarks>
public static class Program
{
    /// <summary>Entry point.</summary>
    /// <param name="args">The instance file and, optionally, how many timed repeats (default 5).</param>
    /// <returns>0 on success, 2 on a usage error.</returns>
    public static int Main(string[] args)
    {
        if (args.Length is < 1 or > 2)
        {
            Console.Error.WriteLine("usage: Affido.Peers <instance.bin> [repeats]");
            return 2;
        }

        var repeats = args.Length == 2 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
        using var reader = new BinaryReader(File.OpenRead(args[0]));
        var kind = reader.ReadInt64();
        var rows = checked((int)reader.ReadInt64());
        var columns = checked((int)reader.ReadInt64());
        var entries = checked((int)reader.ReadInt64());
        Func<AssignmentResult> solve;
        if (kind == 1)
        {
            var values = ReadDoubles(reader, entries);
            solve = () => LinearAssignment.SolveDense(values, rows, columns, AssignmentObjective.Maximize);
        }
        else
        {
            var starts = ReadInts(reader, rows + 1);
            var indices = ReadInts(reader, entries);
            var values = ReadDoubles(reader, entries);
            var matrix = new SparseScoreMatrix(rows, columns, starts, indices, values);
            solve = () => LinearAssignment.SolveSparse(matrix, AssignmentObjective.Maximize);
        }

        var watch = Stopwatch.StartNew();
        var result = solve();
        var first = watch.Elapsed.TotalSeconds;
        var best = first;
        for (var k = 0; k < repeats; k++)
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

    private static double[] ReadDoubles(BinaryReader reader, int count)
    {
        var values = new double[count];
        reader.BaseStream.ReadExactly(System.Runtime.InteropServices.MemoryMarshal.AsBytes(values.AsSpan()));
        return values;
    }

    private static int[] ReadInts(BinaryReader reader, int count)
    {
        var values = new int[count];
        reader.BaseStream.ReadExactly(System.Runtime.InteropServices.MemoryMarshal.AsBytes(values.AsSpan()));
        return values;
    }
}
