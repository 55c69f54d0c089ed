using Microsoft.Extensions.Hosting;

namespace PackStation.Storage.Leases;

/// <summary>
/// Keeps this process in the site's election (<see cref="SiteLeader"/>): a first round at start, so the site-wide
/// services find out at once whether they run here; then every second while another host leads (a dead leader's
/// lease is taken within a second of running out), every renewal period while this one leads. Gives the lead up
/// when the service stops.
/// </summary>
internal sealed class SiteLeaderService(SiteLeader leader, Domain.Ports.ILeaseKeeper leases, TimeProvider clock) : IHostedService, IDisposable
{
    private static readonly TimeSpan FollowerPoll = TimeSpan.FromSeconds(1);
    private readonly CancellationTokenSource _stop = new();
    private Task _running = Task.CompletedTask;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await StepAsync(cancellationToken);
        _running = RunAsync(_stop.Token);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stop.CancelAsync();
        await _running;
        try
        {
            await leader.StepDownAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The store is gone: the lease runs out by itself.
            leader.Failed(e);
        }
    }

    private async Task RunAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await Task.Delay(leader.IsLeader ? leases.RenewEvery : FollowerPoll, clock, stoppingToken);
                await StepAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    private async Task StepAsync(CancellationToken cancellationToken)
    {
        try
        {
            await leader.StepAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            leader.Failed(e);
        }
    }

    public void Dispose() => _stop.Dispose();
}
