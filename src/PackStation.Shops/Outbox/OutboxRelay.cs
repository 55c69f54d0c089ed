using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PackStation.Domain.Ports;
using PackStation.Domain.Shipping;
using PackStation.Shops.Connectors;

namespace PackStation.Shops.Outbox;

/// <summary>
/// Delivers shipment confirmations from the outbox to the shop, exactly once in effect. A confirmation that failed
/// before — above all ambiguously (timeout, dropped connection: the shop may have applied it) — is never simply sent
/// again: the relay first reads the shop's state and marks it delivered when the shop already has the tracking
/// numbers. Transient failures retry with exponential backoff (or the shop's Retry-After); permanent refusals are
/// parked with the shop's message. One pass at a time per store: a pass holds the lease <c>outbox-relay</c>, so two
/// relays on one store (two processes, two hosts) never send the same confirmation.
/// </summary>
public sealed partial class OutboxRelay(
    IShopConnector connector,
    IOutboxStore outbox,
    ILeaseKeeper leases,
    IOptions<OutboxOptions> options,
    TimeProvider time,
    ILogger<OutboxRelay> logger) : IDisposable
{
    public const string Lease = "outbox-relay";
    private readonly SemaphoreSlim _pass = new(1, 1);

    /// <summary>Delivers every confirmation due now, unless another relay of the store is in a pass. Returns what happened.</summary>
    public async Task<OutboxPass> DeliverDueAsync(CancellationToken cancellationToken)
    {
        await _pass.WaitAsync(cancellationToken);
        try
        {
            if (!(await leases.TryTakeAsync(Lease, cancellationToken)).Takes)
                return OutboxPass.None;
            try
            {
                return await DeliverHeldAsync(cancellationToken);
            }
            finally
            {
                await leases.ReleaseAsync(Lease, CancellationToken.None);
            }
        }
        finally
        {
            _pass.Release();
        }
    }

    /// <summary>
    /// The pass itself. The lease is renewed in the background (a slow shop call does not let it run out) and checked
    /// before each confirmation: a pass that lost it stops after the one it is sending, never in the middle of a call.
    /// </summary>
    private async Task<OutboxPass> DeliverHeldAsync(CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var heartbeat = KeepLeaseAsync(stop.Token);
        try
        {
            var result = OutboxPass.None;
            var due = await outbox.GetDueAsync(time.GetUtcNow(), options.Value.BatchSize, cancellationToken);
            foreach (var confirmation in due)
            {
                if (!await leases.RenewAsync(Lease, cancellationToken))
                    break;
                result = result.Add(await DeliverAsync(confirmation, cancellationToken));
            }

            return result;
        }
        finally
        {
            await stop.CancelAsync();
            await heartbeat;
        }
    }

    private async Task KeepLeaseAsync(CancellationToken stopToken)
    {
        using var timer = new PeriodicTimer(leases.RenewEvery, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stopToken))
                await leases.RenewAsync(Lease, stopToken);
        }
        catch (OperationCanceledException)
        {
            // The pass is over.
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The store is unreachable: the check before the next confirmation finds out whether the lease is still ours.
            LogLeaseRenewFailed(e);
        }
    }

    /// <summary>
    /// Runs passes until no confirmation is pending (delivered or parked), waiting for retries as they fall due;
    /// for <c>simulate --from-store --write-back</c>. Gives up after <paramref name="timeout"/>.
    /// </summary>
    public async Task<OutboxPass> DrainAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = time.GetUtcNow() + timeout;
        var total = OutboxPass.None;
        while (await outbox.CountPendingAsync(cancellationToken) > 0)
        {
            if (time.GetUtcNow() >= deadline)
                throw new TimeoutException($"the outbox still holds {await outbox.CountPendingAsync(cancellationToken)} pending confirmations after {timeout.TotalSeconds:0} s");
            var pass = await DeliverDueAsync(cancellationToken);
            total = total.Add(pass);
            if (pass.Total == 0)
                await Task.Delay(TimeSpan.FromMilliseconds(200), time, cancellationToken);
        }

        return total;
    }

    private async Task<DeliveryOutcome> DeliverAsync(ShipmentConfirmation confirmation, CancellationToken cancellationToken)
    {
        if (!string.Equals(confirmation.Shop, connector.Shop, StringComparison.Ordinal))
            return await ParkAsync(confirmation, $"the configured shop is {connector.Shop}, not {confirmation.Shop}", cancellationToken);
        try
        {
            // An earlier attempt failed: it may have worked at the shop all the same. Look before sending again.
            if (confirmation.Attempts > 0 && await CheckShopAsync(confirmation, cancellationToken) is { } known)
                return known;
            await connector.ConfirmShipmentAsync(confirmation, cancellationToken);
            await outbox.MarkDeliveredAsync(confirmation.Id, time.GetUtcNow(), cancellationToken);
            LogDelivered(confirmation.OrderId, confirmation.Shop, confirmation.Attempts + 1);
            return DeliveryOutcome.Delivered;
        }
        catch (ShopApiException e) when (e.Kind == ShopErrorKind.Permanent)
        {
            // "Already shipped" refusals after an attempt that looked failed: the shop's state decides.
            try
            {
                if (await CheckShopAsync(confirmation, cancellationToken) is { } known)
                    return known;
            }
            catch (Exception check) when (check is ShopApiException or ShopDataException)
            {
                return await RetryAsync(confirmation, $"{e.Message} (state check failed: {check.Message})", (check as ShopApiException)?.RetryAfter, cancellationToken);
            }

            return await ParkAsync(confirmation, e.Message, cancellationToken);
        }
        catch (ShopApiException e)
        {
            return await RetryAsync(confirmation, $"{e.Kind}: {e.Message}", e.RetryAfter, cancellationToken);
        }
        catch (Exception e) when (e is ShopDataException or System.Text.Json.JsonException or InvalidOperationException)
        {
            return await RetryAsync(confirmation, $"{ShopErrorKind.BadResponse}: {e.Message}", null, cancellationToken);
        }
    }

    /// <summary>Settles the confirmation from the shop's own record, or returns null when it must still be sent.</summary>
    private async Task<DeliveryOutcome?> CheckShopAsync(ShipmentConfirmation confirmation, CancellationToken cancellationToken)
    {
        var remote = await connector.GetShipmentAsync(confirmation.ExternalId, cancellationToken);
        if (remote.HasAll(confirmation.TrackingNumbers))
        {
            await outbox.MarkDeliveredAsync(confirmation.Id, time.GetUtcNow(), cancellationToken);
            LogAlreadyAtShop(confirmation.OrderId, confirmation.Shop);
            return DeliveryOutcome.AlreadyAtShop;
        }

        return remote.State switch
        {
            RemoteShipmentState.Shipped => await ParkAsync(confirmation, $"the shop shows the order shipped with other tracking numbers ({string.Join(", ", remote.TrackingNumbers)})", cancellationToken),
            RemoteShipmentState.Cancelled => await ParkAsync(confirmation, "the order was cancelled at the shop after packing", cancellationToken),
            RemoteShipmentState.NotFound => await ParkAsync(confirmation, "the shop does not know this order", cancellationToken),
            _ => null,
        };
    }

    private async Task<DeliveryOutcome> RetryAsync(ShipmentConfirmation confirmation, string error, TimeSpan? retryAfter, CancellationToken cancellationToken)
    {
        var attempts = confirmation.Attempts + 1;
        if (attempts >= options.Value.MaxAttempts)
            return await ParkAsync(confirmation, $"gave up after {attempts} attempts: {error}", cancellationToken);
        var backoff = Backoff(attempts);
        var wait = retryAfter is { } asked && asked > backoff ? asked : backoff;
        await outbox.MarkFailedAsync(confirmation.Id, error, time.GetUtcNow() + wait, cancellationToken);
        LogRetrying(confirmation.OrderId, attempts, wait, error);
        return DeliveryOutcome.Retrying;
    }

    private async Task<DeliveryOutcome> ParkAsync(ShipmentConfirmation confirmation, string error, CancellationToken cancellationToken)
    {
        await outbox.MarkFailedAsync(confirmation.Id, error, null, cancellationToken);
        LogParked(confirmation.OrderId, error);
        return DeliveryOutcome.Parked;
    }

    private TimeSpan Backoff(int attempts)
    {
        var first = options.Value.FirstRetryDelay;
        var delay = first * Math.Pow(2, Math.Min(attempts - 1, 20));
        return delay > options.Value.MaxRetryDelay ? options.Value.MaxRetryDelay : delay;
    }

    public void Dispose() => _pass.Dispose();

    [LoggerMessage(EventId = 6106, Level = LogLevel.Warning, Message = "Could not renew the outbox relay's lease")]
    private partial void LogLeaseRenewFailed(Exception error);

    [LoggerMessage(EventId = 6101, Level = LogLevel.Information, Message = "Shipment of {OrderId} confirmed to {Shop} (attempt {Attempt})")]
    private partial void LogDelivered(string orderId, string shop, int attempt);

    [LoggerMessage(EventId = 6102, Level = LogLevel.Information, Message = "Shipment of {OrderId} was already recorded at {Shop}; not sent again")]
    private partial void LogAlreadyAtShop(string orderId, string shop);

    [LoggerMessage(EventId = 6103, Level = LogLevel.Warning, Message = "Shipment of {OrderId} failed (attempt {Attempt}), retry in {Wait}: {Error}")]
    private partial void LogRetrying(string orderId, int attempt, TimeSpan wait, string error);

    [LoggerMessage(EventId = 6104, Level = LogLevel.Error, Message = "Shipment of {OrderId} parked for a supervisor: {Error}")]
    private partial void LogParked(string orderId, string error);
}
