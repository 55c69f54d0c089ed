using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Threading.Channels;

namespace PackStation.TestKit;

/// <summary>
/// The real <c>packstation</c> program (dotnet packstation.dll, copied next to the tests of every project that
/// references the Worker) as a child process. Its output lines can be read as a stream (<see cref="NextLineAsync"/>)
/// or looked at as a snapshot (<see cref="Output"/>); signals are sent the way systemd or a person would send them.
/// </summary>
public sealed class PackstationProcess : IDisposable, IAsyncDisposable
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(30);
    private readonly Process _process;
    private readonly List<string> _output = [];
    private readonly List<string> _error = [];
    private readonly Channel<string> _outputLines = Channel.CreateUnbounded<string>();
    private readonly Channel<string> _errorLines = Channel.CreateUnbounded<string>();

    private PackstationProcess(Process process) => _process = process;

    public static string ProgramPath => Path.Combine(AppContext.BaseDirectory, "packstation.dll");

    public int Id => _process.Id;

    public int ExitCode => _process.ExitCode;

    /// <summary>Every standard-output line so far (also those already read with <see cref="NextLineAsync"/>).</summary>
    public IReadOnlyList<string> Output
    {
        get { lock (_output) return _output.ToArray(); }
    }

    public string StandardError
    {
        get { lock (_error) return string.Join('\n', _error); }
    }

    /// <summary>Starts the program in its own folder.</summary>
    public static PackstationProcess Start(params string[] arguments) => StartIn(Path.GetDirectoryName(ProgramPath)!, arguments);

    /// <summary>Starts the program in <paramref name="workingDirectory"/>, where its default data folder goes.</summary>
    public static PackstationProcess StartIn(string workingDirectory, params string[] arguments) => Start(workingDirectory, null, arguments);

    /// <summary>
    /// Starts the program as if on another PC: in a UTS namespace of its own (<c>unshare --uts</c>, needs root, as the
    /// tests run in CI) whose host name is <paramref name="hostName"/>. The process keeps its pid (the shell execs dotnet).
    /// </summary>
    public static PackstationProcess StartOnHost(string hostName, string workingDirectory, params string[] arguments) =>
        Start(workingDirectory, hostName, arguments);

    private static PackstationProcess Start(string workingDirectory, string? hostName, string[] arguments)
    {
        var info = new ProcessStartInfo(hostName is null ? "dotnet" : "unshare")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (hostName is not null)
        {
            foreach (var part in new[] { "--uts", "sh", "-c", "hostname \"$0\" && exec dotnet \"$@\"", hostName })
                info.ArgumentList.Add(part);
        }

        info.ArgumentList.Add(ProgramPath);
        foreach (var argument in arguments)
            info.ArgumentList.Add(argument);
        info.Environment["DOTNET_ENVIRONMENT"] = "Test";

        var process = new Process { StartInfo = info };
        var wrapper = new PackstationProcess(process);
        process.OutputDataReceived += (_, e) => Collect(wrapper._output, wrapper._outputLines, e.Data);
        process.ErrorDataReceived += (_, e) => Collect(wrapper._error, wrapper._errorLines, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return wrapper;
    }

    /// <summary>Runs the program to its end; one still running after <paramref name="timeout"/> is killed and fails the test.</summary>
    public static async Task<(int ExitCode, PackstationProcess Process)> RunAsync(string workingDirectory, TimeSpan timeout, params string[] arguments)
    {
        var process = StartIn(workingDirectory, arguments);
        var code = await process.WaitForExitAsync(timeout);
        if (code is null)
        {
            process.Dispose();
            throw new TimeoutException($"packstation {string.Join(' ', arguments.Take(3))} did not finish within {timeout}: {process.StandardError}");
        }

        return (code.Value, process);
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The next standard-output line not read yet (fails the test after 30 s).</summary>
    public async Task<string> NextLineAsync() => await _outputLines.Reader.ReadAsync().AsTask().WaitAsync(Guard);

    /// <summary>Waits for a standard-error line containing <paramref name="text"/>.</summary>
    public async Task WaitForErrorAsync(string text)
    {
        while (true)
        {
            var line = await _errorLines.Reader.ReadAsync().AsTask().WaitAsync(Guard);
            if (line.Contains(text, StringComparison.Ordinal))
                return;
        }
    }

    /// <summary>Waits for the end and returns the standard-output lines not read yet.</summary>
    public async Task<List<string>> RemainingOutputAsync()
    {
        await WaitForExitAsync();
        var lines = new List<string>();
        while (await _outputLines.Reader.WaitToReadAsync().AsTask().WaitAsync(Guard) && _outputLines.Reader.TryRead(out var line))
            lines.Add(line);
        return lines;
    }

    /// <summary>Waits for the end (fails the test after 30 s) and returns the exit code.</summary>
    public async Task<int> WaitForExitAsync() =>
        await WaitForExitAsync(Guard) ?? throw new TimeoutException($"packstation did not exit within {Guard}: {StandardError}");

    /// <summary>The exit code, or null if the program is still running after <paramref name="timeout"/>.</summary>
    public async Task<int?> WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cts.Token);
            _process.WaitForExit(); // flushes the redirected output
            return _process.ExitCode;
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    public void Signal(string signal)
    {
        using var kill = Process.Start("kill", $"-{signal} {_process.Id}");
        kill.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
            _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    private static void Collect(List<string> lines, Channel<string> stream, string? line)
    {
        if (line is null)
        {
            stream.Writer.TryComplete();
            return;
        }

        lock (lines)
            lines.Add(line);
        stream.Writer.TryWrite(line);
    }
}
