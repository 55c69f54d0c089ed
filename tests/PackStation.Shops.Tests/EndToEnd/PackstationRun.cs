using PackStation.TestKit;

namespace PackStation.Shops.Tests.EndToEnd;

/// <summary>One run of the real <c>packstation</c> program (dotnet packstation.dll …) to its end, with its output.</summary>
public sealed record PackstationRun(int ExitCode, IReadOnlyList<string> Output, string Error)
{
    /// <summary>Runs the program; a run longer than <paramref name="guard"/> is killed and fails the test.</summary>
    public static async Task<PackstationRun> RunAsync(TimeSpan guard, params string[] arguments)
    {
        var (exitCode, process) = await PackstationProcess.RunAsync(Path.GetDirectoryName(PackstationProcess.ProgramPath)!, guard, arguments);
        using (process)
            return new PackstationRun(exitCode, process.Output, process.StandardError);
    }
}
