using Microsoft.Extensions.Logging;
using PackStation.Domain.Leases;
using PackStation.Domain.Ports;

namespace PackStation.Storage.Leases;

/// <summary>
/// The election of the site's leader over the lease <see cref="Lease"/>: each <see cref="StepAsync"/> renews it while
/// this process leads, or tries to take it (<see cref="LeaseRule"/>: when it is free, has run out, or its holder on
/// this host is gone). The lead is an efficiency, not the guard: each piece of site-wide work keeps its own
/// guarantee (the outbox relay's lease, a shop's sync lease, conditional claim statements), so two processes that
/// both believe they lead for a moment do no harm.
/// </summary>
public sealed partial class SiteLeader(ILeaseKeeper leases, ILogger<SiteLeader> logger) : ISiteLeader
{
    public const string Lease = "site-leader";
    private volatile LeaseHolder? _seen;

    public bool IsLeader => _seen == leases.Me;

    public LeaseHolder? Leader => _seen;

    /// <summary>One round of the election (renew, or try to take); returns whether this process leads now.</summary>
    public async Task<bool> StepAsync(CancellationToken cancellationToken)
    {
        if (IsLeader)
        {
            if (await leases.RenewAsync(Lease, cancellationToken))
                return true;
            LogLost();
        }

        var decision = await leases.TryTakeAsync(Lease, cancellationToken);
        _seen = decision.Takes ? leases.Me : decision.HeldBy?.Holder;
        if (decision.Takes)
            LogLeading(leases.Me);
        return decision.Takes;
    }

    /// <summary>Gives the lead up (a clean stop), so another host takes over at once.</summary>
    public async Task StepDownAsync(CancellationToken cancellationToken)
    {
        if (!IsLeader)
            return;
        _seen = null;
        await leases.ReleaseAsync(Lease, cancellationToken);
    }

    /// <summary>A round failed (the store unreachable): said in the log; the next round tries again.</summary>
    public void Failed(Exception error) => LogStepFailed(error, IsLeader);

    [LoggerMessage(EventId = 1201, Level = LogLevel.Information, Message = "This process leads the site now: {Holder}")]
    private partial void LogLeading(LeaseHolder holder);

    [LoggerMessage(EventId = 1202, Level = LogLevel.Warning, Message = "This process no longer leads the site: another took the lease")]
    private partial void LogLost();

    [LoggerMessage(EventId = 1203, Level = LogLevel.Warning, Message = "Could not reach the store to keep the site's lead (leading: {Leading})")]
    private partial void LogStepFailed(Exception error, bool leading);
}
