using Microsoft.Extensions.Options;
using PackStation.Domain.Leases;
using PackStation.Domain.Ports;

namespace PackStation.Storage.Leases;

/// <summary>Takes, renews and gives up this process's leases for <see cref="StoreOptions.LeaseDuration"/> at a time.</summary>
internal sealed class LeaseKeeper(ILeaseStore store, IOptions<StoreOptions> options, TimeProvider clock) : ILeaseKeeper
{
    private TimeSpan Duration => options.Value.LeaseDuration;

    public LeaseHolder Me { get; } = LocalProcess.Holder();

    public TimeSpan RenewEvery => Duration / 3;

    public async Task<LeaseDecision> TryTakeAsync(string name, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var now = clock.GetUtcNow();
            var decision = LeaseRule.Decide(await store.GetAsync(name, cancellationToken), Me, now, LocalProcess.IsRunning);
            if (!decision.Takes || await store.TryTakeAsync(name, Me, decision.Replacing, now, Duration, cancellationToken))
                return decision;
        }

        // Taken by someone else between our read and our write, three times: say who has it now.
        return await store.GetAsync(name, cancellationToken) is { } held ? LeaseDecision.Refused(held) : LeaseDecision.Take(null);
    }

    public Task<bool> RenewAsync(string name, CancellationToken cancellationToken) =>
        store.RenewAsync(name, Me.Id, clock.GetUtcNow(), Duration, cancellationToken);

    public Task ReleaseAsync(string name, CancellationToken cancellationToken) => store.ReleaseAsync(name, Me.Id, cancellationToken);
}
