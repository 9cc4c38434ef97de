using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;

namespace GpConnect.Provider.Tests.Infrastructure;

/// <summary>
/// A throwaway PostgreSQL cluster made with the local <c>initdb</c>/<c>pg_ctl</c>: a fresh temporary directory,
/// a free loopback port, unix sockets inside that directory, trust authentication, no durability (it is deleted
/// afterwards). <c>initdb</c> refuses to run as root, so a root test run starts it as the <c>postgres</c> user.
/// </summary>
internal sealed class LocalPostgresCluster : IPostgresServer
{
    private const string DirectoryPrefix = "gpc-pg-";
    private const string OwnerFileName = "owner.pid";
    private const string PostgresUser = "postgres";
    private const int StartAttempts = 3;
    private static readonly TimeSpan ToolTimeout = TimeSpan.FromSeconds(90);
    private static readonly string[] RunuserLocations = ["/usr/sbin/runuser", "/sbin/runuser", "/usr/bin/runuser"];

    private readonly PostgresBinaries _binaries;
    private readonly string _root;
    private readonly bool _asPostgresUser;
    private readonly List<PosixSignalRegistration> _signalRegistrations = [];
    private string _serverOptions = string.Empty;
    private int _stopped;

    private LocalPostgresCluster(PostgresBinaries binaries, string root, bool asPostgresUser)
    {
        _binaries = binaries;
        _root = root;
        _asPostgresUser = asPostgresUser;
    }

    public string Description { get; private set; } = string.Empty;

    public string AdminConnectionString { get; private set; } = string.Empty;

    private string DataDirectory => Path.Combine(_root, "data");

    private string LogFile => Path.Combine(_root, "postgres.log");

    public static async Task<LocalPostgresCluster> StartAsync(PostgresBinaries binaries)
    {
        var asPostgresUser = Environment.IsPrivilegedProcess;
        RemoveAbandonedClusters(binaries, asPostgresUser);

        var root = Path.Combine(Path.GetTempPath(), DirectoryPrefix + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        await File.WriteAllTextAsync(Path.Combine(root, OwnerFileName), Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        var cluster = new LocalPostgresCluster(binaries, root, asPostgresUser);
        try
        {
            await cluster.InitialiseAndStartAsync();
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    public ValueTask DisposeAsync()
    {
        AppDomain.CurrentDomain.ProcessExit -= OnProcessExit;
        _signalRegistrations.ForEach(registration => registration.Dispose());
        StopAndDelete();
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// Stops the server as an outage would (<c>fast</c>: open sessions are terminated) and keeps its data, for tests
    /// of a store that goes away; <see cref="StartAgainAsync"/> brings it back on the same port.
    /// </summary>
    public async Task StopAsync()
    {
        var stop = await RunToolAsync(_binaries.PgCtl, ["stop", "-D", DataDirectory, "-m", "fast", "-w", "-t", "30"]);
        Require(stop, "pg_ctl stop failed");
    }

    public async Task StartAgainAsync()
    {
        var start = await RunToolAsync(_binaries.PgCtl, ["start", "-D", DataDirectory, "-l", LogFile, "-w", "-t", "60", "-o", _serverOptions]);
        Require(start, $"pg_ctl start failed {ReadLogTail()}");
    }

    private async Task InitialiseAndStartAsync()
    {
        if (_asPostgresUser)
        {
            var chown = await ProcessRunner.RunAsync("chown", ["-R", $"{PostgresUser}:{PostgresUser}", _root], ToolTimeout);
            Require(chown, $"Running as root, so the cluster must belong to the '{PostgresUser}' user, but chown failed");
        }

        var initDb = await RunToolAsync(
            _binaries.InitDb,
            ["-D", DataDirectory, "-U", PostgresUser, "--auth=trust", "--encoding=UTF8", "--no-locale", "--no-sync"]);
        Require(initDb, "initdb failed");

        // Registered before the first start so that even a half-started server is stopped when the run is aborted.
        // ProcessExit alone is not enough: a test process killed with SIGTERM/SIGINT (an aborted run) never raises it.
        AppDomain.CurrentDomain.ProcessExit += OnProcessExit;
        _signalRegistrations.AddRange(
            new[] { PosixSignal.SIGTERM, PosixSignal.SIGINT, PosixSignal.SIGHUP }
                .Select(signal => PosixSignalRegistration.Create(signal, OnTerminationSignal)));

        var failures = new List<string>();
        for (var attempt = 1; attempt <= StartAttempts; attempt++)
        {
            // Another process may take the port between our probe and postgres binding it; a retry picks another.
            var port = FreeLoopbackPort();
            var serverOptions = string.Join(' ',
                "-c listen_addresses=127.0.0.1",
                $"-c port={port}",
                $"-c unix_socket_directories='{_root}'",
                "-c max_connections=300",
                "-c fsync=off",
                "-c synchronous_commit=off",
                "-c full_page_writes=off");
            var start = await RunToolAsync(
                _binaries.PgCtl,
                ["start", "-D", DataDirectory, "-l", LogFile, "-w", "-t", "60", "-o", serverOptions]);
            if (start.Succeeded)
            {
                _serverOptions = serverOptions;
                AdminConnectionString =
                    $"Host=127.0.0.1;Port={port};Username={PostgresUser};Database=postgres;Include Error Detail=true";
                Description = $"throwaway cluster from {_binaries.Directory} in {_root} on 127.0.0.1:{port}"
                    + (_asPostgresUser ? $" (run as '{PostgresUser}')" : string.Empty);
                return;
            }

            failures.Add($"attempt {attempt} on port {port}: {start.Output} {ReadLogTail()}");
        }

        throw new InvalidOperationException($"pg_ctl start failed: {string.Join(" | ", failures)}");
    }

    private void OnProcessExit(object? sender, EventArgs e) => StopAndDelete();

    private void OnTerminationSignal(PosixSignalContext context) => StopAndDelete();

    private void StopAndDelete()
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 1)
        {
            return;
        }

        StopAndDelete(_binaries, _root, _asPostgresUser);
    }

    private static void StopAndDelete(PostgresBinaries binaries, string root, bool asPostgresUser)
    {
        var dataDirectory = Path.Combine(root, "data");
        if (File.Exists(Path.Combine(dataDirectory, "postmaster.pid")))
        {
            // Immediate: nothing in a throwaway cluster is worth a clean shutdown.
            var (fileName, arguments) = Command(
                binaries.PgCtl, ["stop", "-D", dataDirectory, "-m", "immediate", "-w", "-t", "30"], asPostgresUser);
            ProcessRunner.Run(fileName, arguments, ToolTimeout);
        }

        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover directory is swept by the next run (RemoveAbandonedClusters).
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    /// <summary>Stops and deletes clusters whose test run died without cleaning up (killed test host).</summary>
    private static void RemoveAbandonedClusters(PostgresBinaries binaries, bool asPostgresUser)
    {
        foreach (var root in Directory.EnumerateDirectories(Path.GetTempPath(), DirectoryPrefix + "*"))
        {
            var ownerFile = Path.Combine(root, OwnerFileName);
            if (!File.Exists(ownerFile)
                || !int.TryParse(File.ReadAllText(ownerFile), NumberStyles.None, CultureInfo.InvariantCulture, out var owner)
                || IsRunning(owner))
            {
                continue;
            }

            StopAndDelete(binaries, root, asPostgresUser);
        }
    }

    private static bool IsRunning(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private Task<ProcessRunner.Result> RunToolAsync(string tool, IEnumerable<string> arguments)
    {
        var (fileName, commandArguments) = Command(tool, arguments, _asPostgresUser);
        return ProcessRunner.RunAsync(fileName, commandArguments, ToolTimeout);
    }

    private static (string FileName, IReadOnlyList<string> Arguments) Command(
        string tool, IEnumerable<string> arguments, bool asPostgresUser)
    {
        if (!asPostgresUser)
        {
            return (tool, arguments.ToList());
        }

        // runuser (util-linux) needs no password and no login shell; su is the fallback where it is missing.
        if (RunuserLocations.FirstOrDefault(File.Exists) is { } runuser)
        {
            return (runuser, ["-u", PostgresUser, "--", tool, .. arguments]);
        }

        var commandLine = string.Join(' ', arguments.Prepend(tool).Select(ShellQuote));
        return ("su", [PostgresUser, "-s", "/bin/sh", "-c", commandLine]);
    }

    private static string ShellQuote(string value) => "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private string ReadLogTail()
    {
        if (!File.Exists(LogFile))
        {
            return string.Empty;
        }

        var lines = File.ReadAllLines(LogFile);
        return "log: " + string.Join(" / ", lines.TakeLast(5));
    }

    private static void Require(ProcessRunner.Result result, string failure)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"{failure} (exit {result.ExitCode}): {result.Output}");
        }
    }
}
