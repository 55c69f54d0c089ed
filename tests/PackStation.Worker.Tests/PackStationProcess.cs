using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using PackStation.Worker.Cli;

namespace PackStation.Worker.Tests;

/// <summary>
/// The real <c>packstation</c> program as a child process in its own working folder: output collected line by line,
/// and signals sent the way systemd or a person would.
/// </summary>
internal sealed class PackStationProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _out = new();
    private readonly ConcurrentQueue<string> _err = new();

    private PackStationProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) => { if (e.Data is not null) _out.Enqueue(e.Data); };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) _err.Enqueue(e.Data); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public static string ProgramPath => typeof(PackStationCli).Assembly.Location;

    public IReadOnlyList<string> Output => _out.ToArray();

    public string StandardError => string.Join('\n', _err);

    public int Id => _process.Id;

    public static PackStationProcess Start(string workingDirectory, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(ProgramPath);
        foreach (var arg in args)
            info.ArgumentList.Add(arg);
        info.Environment["DOTNET_ENVIRONMENT"] = "Test";
        return new PackStationProcess(Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start"));
    }

    /// <summary>Runs to the end (or kills it after <paramref name="timeout"/>) and returns the exit code.</summary>
    public static async Task<(int ExitCode, PackStationProcess Process)> RunAsync(string workingDirectory, TimeSpan timeout, params string[] args)
    {
        var process = Start(workingDirectory, args);
        var code = await process.WaitForExitAsync(timeout);
        return (code ?? throw new TimeoutException($"packstation {string.Join(' ', args)} did not finish within {timeout}: {process.StandardError}"), process);
    }

    public async Task<int?> WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cts.Token);
            _process.WaitForExit(); // flush the redirected streams
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

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
            _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }
}
