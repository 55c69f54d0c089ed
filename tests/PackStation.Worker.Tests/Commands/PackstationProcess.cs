using System.Diagnostics;
using System.Threading.Channels;
using PackStation.Worker.Cli;

namespace PackStation.Worker.Tests.Commands;

/// <summary>Runs the real <c>packstation</c> program (dotnet packstation.dll) with its output lines collected.</summary>
internal sealed class PackstationProcess : IAsyncDisposable
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(30);
    private readonly Process _process;
    private readonly Channel<string> _out = Channel.CreateUnbounded<string>();
    private readonly Channel<string> _err = Channel.CreateUnbounded<string>();

    private PackstationProcess(Process process) => _process = process;

    public int Id => _process.Id;

    public static PackstationProcess Start(params string[] arguments)
    {
        var program = Path.Combine(Path.GetDirectoryName(typeof(PackStationCli).Assembly.Location)!, "packstation.dll");
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(program)!,
        };
        info.ArgumentList.Add(program);
        foreach (var argument in arguments)
            info.ArgumentList.Add(argument);
        var process = new Process { StartInfo = info };
        var wrapper = new PackstationProcess(process);
        process.OutputDataReceived += (_, e) => Forward(wrapper._out, e.Data);
        process.ErrorDataReceived += (_, e) => Forward(wrapper._err, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return wrapper;
    }

    public async Task<string> NextLineAsync() => await _out.Reader.ReadAsync().AsTask().WaitAsync(Guard);

    /// <summary>Waits for a standard-error line containing <paramref name="text"/>.</summary>
    public async Task WaitForErrorAsync(string text)
    {
        while (true)
        {
            var line = await _err.Reader.ReadAsync().AsTask().WaitAsync(Guard);
            if (line.Contains(text, StringComparison.Ordinal))
                return;
        }
    }

    public void Signal(string signal)
    {
        using var kill = Process.Start("kill", $"-{signal} {_process.Id}");
        kill.WaitForExit();
    }

    public async Task<int> WaitForExitAsync()
    {
        await _process.WaitForExitAsync().WaitAsync(Guard);
        return _process.ExitCode;
    }

    public async Task<List<string>> RemainingOutputAsync()
    {
        await WaitForExitAsync();
        var lines = new List<string>();
        while (await _out.Reader.WaitToReadAsync().AsTask().WaitAsync(Guard) && _out.Reader.TryRead(out var line))
            lines.Add(line);
        return lines;
    }

    public ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
            _process.Kill(entireProcessTree: true);
        _process.Dispose();
        return ValueTask.CompletedTask;
    }

    private static void Forward(Channel<string> channel, string? line)
    {
        if (line is null)
            channel.Writer.TryComplete();
        else
            channel.Writer.TryWrite(line);
    }
}
