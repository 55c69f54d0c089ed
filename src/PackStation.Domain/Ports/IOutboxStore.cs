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

    Task<ShipmentConfirmation?> FindAsync(long id, CancellationToken cancellationToken);

    /// <summary>The order's confirmation, or null while it is not packed.</summary>
    Task<ShipmentConfirmation?> FindForOrderAsync(string orderId, CancellationToken cancellationToken);

    /// <summary>parked → pending, due at <paramref name="at"/> (a supervisor fixed the cause). False when it is not parked.</summary>
    Task<bool> RetryParkedAsync(long id, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>
    /// parked → delivered: a supervisor wrote it back by hand (seller centre). <paramref name="note"/> replaces the last
    /// error (it says who and keeps the shop's message). False when it is not parked.
    /// </summary>
    Task<bool> CloseParkedAsync(long id, DateTimeOffset at, string note, CancellationToken cancellationToken);
}
