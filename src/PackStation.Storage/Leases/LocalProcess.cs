using System.Diagnostics;
using PackStation.Domain.Ports;

namespace PackStation.Storage.Leases;

/// <summary>This process as a lease holder, and whether a holder recorded on this host is still running.</summary>
internal static class LocalProcess
{
    /// <summary>To the millisecond, as the lease rows keep it (a holder read back equals the one written).</summary>
    private static readonly DateTimeOffset StartedAt =
        DateTimeOffset.FromUnixTimeMilliseconds((StartTime(Environment.ProcessId) ?? DateTimeOffset.UtcNow).ToUnixTimeMilliseconds());

    /// <summary>
    /// A holder for one composition of the stores (each has its own id, so two in one process are told apart), described
    /// by the command only: arguments may carry secrets.
    /// </summary>
    public static LeaseHolder Holder()
    {
        var command = Environment.GetCommandLineArgs().Skip(1).FirstOrDefault(a => !a.StartsWith('-') && !a.EndsWith(".dll", StringComparison.Ordinal));
        var description = "packstation " + (command is { Length: > 0 and < 40 } && command.All(char.IsAsciiLetterLower) ? command : "run");
        return new LeaseHolder($"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}", Environment.MachineName,
            Environment.ProcessId, StartedAt, description);
    }

    /// <summary>True while the process recorded in <paramref name="holder"/> runs (same pid and same start time).</summary>
    public static bool IsRunning(LeaseHolder holder) =>
        holder.ProcessId == Environment.ProcessId
        || StartTime(holder.ProcessId) is { } started && (started - holder.Started).Duration() < TimeSpan.FromSeconds(2);

    private static DateTimeOffset? StartTime(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return process.StartTime.ToUniversalTime();
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
