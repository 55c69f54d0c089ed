using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace PackStation.TestKit.Stores;

/// <summary>
/// A throwaway PostgreSQL cluster of this test process: <c>initdb</c> into a temp folder, the server on a free
/// loopback port, shared by every test of the process (each store gets a database of its own). A watcher started
/// with the server stops it and removes the folder once this process has ended, however it ended (a SIGKILLed test
/// run leaves nothing behind). Needs Debian's <c>postgresql</c> package (<c>.ci/install</c>); as root the server
/// runs as the <c>postgres</c> user. With <c>PACKSTATION_TEST_POSTGRES</c> set to a superuser's connection string, the
/// tests use that server instead.
/// </summary>
public sealed class PostgresServer
{
    public const string Variable = "PACKSTATION_TEST_POSTGRES";
    private static readonly Lazy<Task<PostgresServer>> Shared = new(StartAsync);
    private static int _databases;
    private readonly string _admin;

    private PostgresServer(string admin)
    {
        _admin = admin;
    }

    /// <summary>The superuser's connection string to the given database.</summary>
    public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder(_admin) { Database = database }.ToString();

    /// <summary>The server of this test process, started on first use.</summary>
    public static Task<PostgresServer> GetAsync() => Shared.Value;

    /// <summary>A new, empty database; its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"packstation_t{Environment.ProcessId}_{Interlocked.Increment(ref _databases)}");
        await ExecuteAsync($"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8'");
        return ConnectionString(name);
    }

    public async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        await ExecuteAsync($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
    }

    /// <summary>Runs one statement as the superuser on the <c>postgres</c> database.</summary>
    public async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<PostgresServer> StartAsync()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } given)
            return new PostgresServer(given);
        var bin = FindBin();
        var root = Environment.UserName == "root";
        var folder = Directory.CreateTempSubdirectory("packstation-pg-").FullName;
        if (root)
            await RunAsync("chown", ["postgres:postgres", folder]);
        await RunAsync(root, Path.Combine(bin, "initdb"), "-D", Path.Combine(folder, "data"), "-U", "postgres", "--auth=trust",
            "-E", "UTF8", "--locale=C.UTF-8", "--no-sync");
        for (var attempt = 1; ; attempt++)
        {
            var port = FreePort();
            StartWatched(root, bin, folder, port);
            if (await WaitReadyAsync(folder, port))
                return new PostgresServer(Admin(port));
            if (attempt == 3)
                throw new InvalidOperationException($"PostgreSQL did not start: {ServerLog(folder)}");
        }
    }

    /// <summary>The server and its watcher: when this process is gone, the watcher stops the server and removes the folder.</summary>
    private static void StartWatched(bool root, string bin, string folder, int port)
    {
        var script = string.Join('\n',
            $"\"{bin}/postgres\" -D \"{folder}/data\" -p {port} -k \"{folder}\" -c listen_addresses=127.0.0.1 " +
            "-c fsync=off -c synchronous_commit=off -c max_connections=400 -c shared_buffers=32MB >>\"" + folder + "/server.log\" 2>&1 &",
            "pg=$!",
            $"while [ -d /proc/{Environment.ProcessId} ] && kill -0 $pg 2>/dev/null; do sleep 1; done",
            "kill -INT $pg 2>/dev/null; wait $pg",
            $"rm -rf \"{folder}\"");
        var info = root ? new ProcessStartInfo("runuser", ["-u", "postgres", "--", "sh", "-c", script]) : new ProcessStartInfo("sh", ["-c", script]);
        info.UseShellExecute = false;
        info.RedirectStandardInput = true;
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        using var watcher = Process.Start(info) ?? throw new InvalidOperationException("Cannot start the PostgreSQL watcher.");
    }

    private static async Task<bool> WaitReadyAsync(string folder, int port)
    {
        var connection = new NpgsqlConnectionStringBuilder(Admin(port)) { Timeout = 5 }.ToString();
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                await using var c = new NpgsqlConnection(connection);
                await c.OpenAsync();
                return true;
            }
            catch (Exception e) when (e is NpgsqlException or SocketException or TimeoutException)
            {
                if (ServerLog(folder).Contains("could not bind", StringComparison.Ordinal))
                    return false;
                await Task.Delay(200);
            }
        }

        return false;
    }

    private static string Admin(int port) =>
        new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = port, Username = "postgres", Database = "postgres" }.ToString();

    private static string ServerLog(string folder)
    {
        var log = Path.Combine(folder, "server.log");
        return File.Exists(log) ? File.ReadAllText(log) : "(no server log)";
    }

    private static string FindBin() =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").OrderBy(d => Version.TryParse(Path.GetFileName(d), out var v) ? v : new Version(0, 0))
                .Select(d => Path.Combine(d, "bin")).LastOrDefault(d => File.Exists(Path.Combine(d, "initdb")))
              ?? throw new InvalidOperationException("No PostgreSQL under /usr/lib/postgresql: run .ci/install (Debian's postgresql).")
            : throw new InvalidOperationException("No PostgreSQL under /usr/lib/postgresql: run .ci/install (Debian's postgresql).");

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static Task RunAsync(bool root, string program, params string[] arguments) =>
        root ? RunAsync("runuser", ["-u", "postgres", "--", program, .. arguments]) : RunAsync(program, arguments);

    private static async Task RunAsync(string program, string[] arguments)
    {
        var info = new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Cannot start {program}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await error}{await output}");
    }
}
