using PackStation.Domain.Shipping;

namespace PackStation.Domain.Ports;

/// <summary>The shipment-confirmation outbox the relay drains.</summary>
public interface IOutboxStore
{
    /// <summary>Pending confirmations whose next attempt is due, oldest first.</summary>
    Task<IReadOnlyList<ShipmentConfirmation>> GetDueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken);

    Task MarkDeliveredAsync(long id, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Records a failed attempt: retried at <paramref name="nextAttemptAt"/>, or parked when it is null.</summary>
    Task MarkFailedAsync(long id, string error, DateTimeOffset? nextAttemptAt, CancellationToken cancellationToken);

    Task<IReadOnlyList<ShipmentConfirmation>> ListAsync(ConfirmationState? state, int limit, CancellationToken cancellationToken);

    Task<int> CountPendingAsync(CancellationToken cancellationToken);
}
