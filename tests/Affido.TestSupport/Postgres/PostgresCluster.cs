using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Affido.TestSupport.Postgres;

/// <summary>
/// A throwaway PostgreSQL cluster for tests, in the manner of Testcontainers but without Docker: <c>initdb</c> into a
/// new temporary folder, <c>pg_ctl start</c> on a free loopback port, stopped and deleted on <see cref="Dispose"/>.
/// </summary>
/// <remarks>
/// <para>The server binaries are looked up in <c>AFFIDO_PG_BIN</c>, then <c>/usr/lib/postgresql/&lt;version&gt;/bin</c>
/// (Debian's <c>postgresql-15</c>, the newest version first), then the <c>PATH</c>. When they are missing, the tests
/// marked <see cref="PostgresFactAttribute"/> or <see cref="PostgresPropertyAttribute"/> are skipped with
/// <see cref="SkipReason"/>, which says how to install them; under <c>CI=true</c> they run and fail instead, so CI
/// never skips silently.</para>
/// <para>PostgreSQL refuses to run as root: as root, the cluster belongs to the <c>postgres</c> user (<c>runuser</c>),
/// in a folder under <c>/tmp</c> that user creates itself, mode 700, so that <c>initdb</c> accepts it. The server
/// listens on 127.0.0.1 only, trusts local connections (user <c>postgres</c>, no password) and runs without
/// <c>fsync</c>: a test cluster, never a place for data. A cluster left behind by a test run that was killed is
/// stopped and deleted by the next run.</para>
/// </remarks>
public sealed class PostgresCluster : IDisposable
{
    /// <summary>The environment variable naming the folder that holds <c>initdb</c> and <c>pg_ctl</c>.</summary>
    public const string BinariesVariable = "AFFIDO_PG_BIN";

    private const string FolderPrefix = "affido-pg-";
    private const string OwnerFile = "owner.pid";
    private static readonly Lazy<string?> BinariesFolder = new(FindBinaries);
    private readonly string root;
    private readonly string data;
    private readonly bool asPostgresUser;
    private int disposed;

    private PostgresCluster(string root, bool asPostgresUser, int port)
    {
        this.root = root;
        this.asPostgresUser = asPostgresUser;
        data = Path.Combine(root, "data");
        Port = port;
    }

    /// <summary>The folder holding the server binaries, or <see langword="null"/> when they are not installed.</summary>
    public static string? Binaries => BinariesFolder.Value;

    /// <summary>Whether PostgreSQL tests must run even without the binaries (<c>CI=true</c>), and so fail.</summary>
    public static bool Required => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Why PostgreSQL tests are skipped, or <see langword="null"/> when they run.</summary>
    public static string? SkipReason => Binaries is null && !Required ? MissingMessage : null;

    /// <summary>What to do when the binaries are missing.</summary>
    public static string MissingMessage =>
        "PostgreSQL server binaries (initdb, pg_ctl) were not found, so the PostgreSQL tests do not run. Install them with "
        + "'apt-get install postgresql-15' (Debian), or set " + BinariesVariable + " to the folder that holds them. "
        + "Under CI=true these tests fail instead of being skipped.";

    /// <summary>The TCP port the server listens on (127.0.0.1).</summary>
    public int Port { get; }

    /// <summary>Starts a new cluster.</summary>
    /// <returns>The running cluster; dispose it to stop and delete it.</returns>
    /// <exception cref="InvalidOperationException">The binaries are missing (see <see cref="MissingMessage"/>) or the server does not start (the message holds its log).</exception>
    public static PostgresCluster Start()
    {
        string binaries = Binaries ?? throw new InvalidOperationException(MissingMessage);
        bool asPostgresUser = Environment.IsPrivilegedProcess;
        string baseFolder = asPostgresUser ? "/tmp" : Path.GetTempPath();
        RemoveAbandoned(binaries, baseFolder, asPostgresUser);
        string root = Path.Combine(baseFolder, FolderPrefix + Guid.NewGuid().ToString("N")[..12]);
        if (asPostgresUser)
        {
            Run(asPostgresUser, "mkdir", "-m", "700", root);
        }
        else if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(root);
        }
        else
        {
            Directory.CreateDirectory(root, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        File.WriteAllText(Path.Combine(root, OwnerFile), Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        try
        {
            string dataFolder = Path.Combine(root, "data");
            Run(asPostgresUser, Path.Combine(binaries, "initdb"), "-D", dataFolder, "-U", "postgres", "-A", "trust", "-E", "UTF8",
                "--locale=C.UTF-8", "--no-sync");
            Exception? last = null;
            for (int attempt = 0; attempt < 3; attempt++)
            {
                int port = FreePort();
                try
                {
                    Run(asPostgresUser, Path.Combine(binaries, "pg_ctl"), "-D", dataFolder, "-l", Path.Combine(root, "server.log"), "-w",
                        "-t", "60", "-o", $"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off",
                        "start");
                    var cluster = new PostgresCluster(root, asPostgresUser, port);
                    AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.Dispose();
                    return cluster;
                }
                catch (InvalidOperationException exception)
                {
                    last = exception;
                }
            }

            string log = File.Exists(Path.Combine(root, "server.log")) ? File.ReadAllText(Path.Combine(root, "server.log")) : string.Empty;
            throw new InvalidOperationException("The PostgreSQL test cluster did not start. Server log:\n" + log, last);
        }
        catch
        {
            DeleteFolder(root);
            throw;
        }
    }

    /// <summary>A connection string to <paramref name="database"/> on this cluster, as the <c>postgres</c> superuser.</summary>
    /// <param name="database">The database name (EF Core's <c>EnsureCreated</c> creates it).</param>
    /// <returns>The connection string.</returns>
    public string ConnectionString(string database)
        => $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Pooling=true;Include Error Detail=true";

    /// <summary>Stops the server (immediate shutdown) and deletes the cluster's folder.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) != 0)
        {
            return;
        }

        try
        {
            Run(asPostgresUser, Path.Combine(Binaries!, "pg_ctl"), "-D", data, "-m", "immediate", "-w", "stop");
        }
        catch (InvalidOperationException)
        {
            // Already stopped: the folder still goes.
        }

        DeleteFolder(root);
    }

    private static string? FindBinaries()
    {
        static bool Has(string? folder) => folder is not null && File.Exists(Path.Combine(folder, "initdb")) && File.Exists(Path.Combine(folder, "pg_ctl"));

        string? configured = Environment.GetEnvironmentVariable(BinariesVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Has(configured) ? configured : null;
        }

        const string debian = "/usr/lib/postgresql";
        if (Directory.Exists(debian))
        {
            var versions = Directory.GetDirectories(debian)
                .Select(d => Path.Combine(d, "bin"))
                .Where(Has)
                .OrderByDescending(d => d.Contains("/15/", StringComparison.Ordinal))
                .ThenByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out int v) ? v : 0);
            if (versions.FirstOrDefault() is { } found)
            {
                return found;
            }
        }

        return (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .FirstOrDefault(Has);
    }

    /// <summary>Stops and deletes the clusters of earlier test runs whose process is gone (a run that was killed).</summary>
    private static void RemoveAbandoned(string binaries, string baseFolder, bool asPostgresUser)
    {
        foreach (string folder in Directory.GetDirectories(baseFolder, FolderPrefix + "*"))
        {
            string owner = Path.Combine(folder, OwnerFile);
            if (!File.Exists(owner) || !int.TryParse(File.ReadAllText(owner), out int pid) || IsRunning(pid))
            {
                continue;
            }

            try
            {
                Run(asPostgresUser, Path.Combine(binaries, "pg_ctl"), "-D", Path.Combine(folder, "data"), "-m", "immediate", "-w", "stop");
            }
            catch (InvalidOperationException)
            {
                // Not running.
            }

            DeleteFolder(folder);
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void DeleteFolder(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a file still open is removed by the next run.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    /// <summary>Runs a command (as the <c>postgres</c> user when <paramref name="asPostgresUser"/>) and waits for it.</summary>
    private static void Run(bool asPostgresUser, string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(asPostgresUser ? "runuser" : file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (asPostgresUser)
        {
            foreach (string part in (string[])["-u", "postgres", "--", file])
            {
                start.ArgumentList.Add(part);
            }
        }

        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["LC_ALL"] = "C.UTF-8";
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{file} did not finish within 2 minutes.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} failed ({process.ExitCode}): {output.Result}{error.Result}");
        }
    }
}
