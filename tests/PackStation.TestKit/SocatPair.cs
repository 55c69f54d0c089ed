using System.Diagnostics;

namespace PackStation.TestKit;

/// <summary>
/// A virtual null-modem cable: socat joins two ptys and links them as <see cref="DevicePath"/> (what the code under
/// test opens) and <see cref="FarPath"/> (where the test plays the device). <see cref="Unplug"/> kills socat like a
/// pulled cable; <see cref="Replug"/> brings the same paths back. Needs the socat package (installed by .ci/run).
/// </summary>
public sealed class SocatPair : IAsyncDisposable
{
    private readonly TempDirectory _dir = new("socat");
    private Process? _socat;

    private SocatPair()
    {
        DevicePath = _dir.File("ttyDevice");
        FarPath = _dir.File("ttyFar");
    }

    public string DevicePath { get; }

    public string FarPath { get; }

    public static async Task<SocatPair> StartAsync()
    {
        var pair = new SocatPair();
        await pair.ReplugAsync();
        return pair;
    }

    /// <summary>Starts socat (again) and waits until both links exist.</summary>
    public async Task ReplugAsync()
    {
        var info = new ProcessStartInfo("socat")
        {
            ArgumentList = { $"pty,raw,echo=0,link={DevicePath}", $"pty,raw,echo=0,link={FarPath}" },
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        _socat = Process.Start(info) ?? throw new InvalidOperationException("socat did not start (is the socat package installed?)");
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(5);
        while (!(IsLinked(DevicePath) && IsLinked(FarPath)))
        {
            if (_socat.HasExited || DateTime.UtcNow > deadline)
                throw new InvalidOperationException("socat did not create the pty links: " + await _socat.StandardError.ReadToEndAsync());
            await Task.Delay(10);
        }
    }

    /// <summary>Pulls the cable: kills socat. With <paramref name="hard"/>, SIGKILL leaves stale links behind.</summary>
    public async Task UnplugAsync(bool hard = false)
    {
        if (_socat is null || _socat.HasExited)
            return;
        if (hard)
            _socat.Kill();
        else
            Signal(_socat.Id, "TERM");
        await _socat.WaitForExitAsync();
        _socat.Dispose();
        _socat = null;
    }

    /// <summary>Opens the far end for the test to play the device: write frames, read what the code under test sent.</summary>
    public FileStream OpenFar() =>
        new(FarPath, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite, bufferSize: 0, FileOptions.Asynchronous);

    public async ValueTask DisposeAsync()
    {
        await UnplugAsync();
        _dir.Dispose();
    }

    private static bool IsLinked(string path) => new FileInfo(path).LinkTarget is not null && File.Exists(path);

    private static void Signal(int pid, string signal)
    {
        using var kill = Process.Start("kill", $"-{signal} {pid}");
        kill.WaitForExit();
    }
}
