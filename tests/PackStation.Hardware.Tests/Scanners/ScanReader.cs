using System.Threading.Channels;
using PackStation.Hardware.Scanners;

namespace PackStation.Hardware.Tests.Scanners;

/// <summary>Runs a scanner's ReadScansAsync in the background and hands out scans one at a time, with a hang guard.</summary>
internal sealed class ScanReader : IAsyncDisposable
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(15);
    private readonly Channel<Scan> _scans = Channel.CreateUnbounded<Scan>();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public ScanReader(IBarcodeScanner scanner)
    {
        _loop = Task.Run(async () =>
        {
            try
            {
                await foreach (var scan in scanner.ReadScansAsync(_stop.Token))
                    await _scans.Writer.WriteAsync(scan);
            }
            catch (OperationCanceledException) when (_stop.IsCancellationRequested)
            {
            }
            finally
            {
                _scans.Writer.TryComplete();
            }
        });
    }

    public async Task<Scan> NextAsync() => await _scans.Reader.ReadAsync().AsTask().WaitAsync(Guard);

    public bool TryPeek(out Scan? scan) => _scans.Reader.TryPeek(out scan);

    public async Task<List<Scan>> UntilAsync(Func<Scan, bool> last)
    {
        var scans = new List<Scan>();
        while (scans.Count == 0 || !last(scans[^1]))
            scans.Add(await NextAsync());
        return scans;
    }

    public async ValueTask DisposeAsync()
    {
        if (_stop.IsCancellationRequested)
            return;
        await _stop.CancelAsync();
        await _loop.WaitAsync(Guard);
    }
}
