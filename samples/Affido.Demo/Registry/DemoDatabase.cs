using System.Diagnostics;
using Affido.Domain;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Affido.Demo;

/// <summary>
/// The <c>--database FILE</c> option: the registry kept in a SQLite file through Affido.EntityFrameworkCore, read when
/// the file holds carers, otherwise created from the synthetic registry and saved there.
/// </summary>
public static class DemoDatabase
{
    private const int SaveBatch = 10_000;

    /// <summary>Reads the registry from <see cref="DemoOptions.DatabaseFile"/>, or creates the file from the synthetic registry.</summary>
    /// <param name="options">The demo options (<see cref="DemoOptions.DatabaseFile"/> set).</param>
    /// <param name="output">Where the lines saying what happened go.</param>
    /// <returns>The carers in code order (the synthetic registry's order), the time it took, and what was done.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><see cref="DemoOptions.DatabaseFile"/> is not set.</exception>
    /// <exception cref="DemoDatabaseException">The file is not a SQLite database the registry can be read from.</exception>
    public static (FosterCarer[] Carers, TimeSpan Elapsed, string Source) Load(DemoOptions options, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        string file = options.DatabaseFile ?? throw new ArgumentException("No database file was given.", nameof(options));
        var stopwatch = Stopwatch.StartNew();
        try
        {
            using (var db = DemoRegistryContext.Open(file))
            {
                db.Database.EnsureCreated();
                var carers = db.Carers.AsNoTracking().OrderBy(c => c.Code).ToArray();
                if (carers.Length > 0)
                {
                    return (carers, stopwatch.Elapsed, DemoApp.Invariant($"lette dal database / read from database {file}"));
                }
            }

            var (generated, _) = DemoRegistry.Load(options, output);
            for (int start = 0; start < generated.Length; start += SaveBatch)
            {
                using var db = DemoRegistryContext.Open(file);
                db.ChangeTracker.AutoDetectChangesEnabled = false;
                db.Carers.AddRange(generated.AsSpan(start, Math.Min(SaveBatch, generated.Length - start)).ToArray());
                db.SaveChanges();
            }

            return (generated, stopwatch.Elapsed, DemoApp.Invariant($"generate e salvate nel database / generated and saved to database {file}"));
        }
        catch (Exception ex) when (ex is SqliteException or DbUpdateException or InvalidOperationException or System.Text.Json.JsonException or FormatException or IOException or UnauthorizedAccessException)
        {
            throw new DemoDatabaseException($"cannot use '{file}' as the registry database: {ex.GetBaseException().Message}", ex);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
        }
    }
}
