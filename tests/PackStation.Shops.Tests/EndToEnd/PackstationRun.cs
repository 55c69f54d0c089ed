using System.Diagnostics;
using System.Text;
using PackStation.Worker.Cli;

namespace PackStation.Shops.Tests.EndToEnd;

/// <summary>One run of the real <c>packstation</c> program (dotnet packstation.dll …) to its end, with its output.</summary>
public sealed record PackstationRun(int ExitCode, IReadOnlyList<string> Output, string Error)
{
    /// <summary>Runs the program; a run longer than <paramref name="guard"/> is killed and fails the test.</summary>
    public static async Task<PackstationRun> RunAsync(TimeSpan guard, params string[] arguments)
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
        using var process = new Process { StartInfo = info };
        var output = new List<string>();
        var error = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.Add(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (error) error.AppendLine(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await process.WaitForExitAsync().WaitAsync(guard);
        }
        catch (TimeoutException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"packstation {string.Join(' ', arguments.Take(3))} ran past {guard.TotalSeconds:0} s; stderr: {error}");
        }

        process.WaitForExit(); // flushes the redirected output
        lock (output)
            lock (error)
                return new PackstationRun(process.ExitCode, output.ToList(), error.ToString());
    }
}
