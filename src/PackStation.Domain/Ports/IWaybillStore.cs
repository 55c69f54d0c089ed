using PackStation.Domain.Orders;

namespace PackStation.Domain.Ports;

/// <summary>
/// Waybills printed in batches before picking (Chinese ERP practice). A batch first reserves orders, so two batches
/// running at once never take the same order; then, per order, the waybill number, the parcel and the print job are
/// stored together, once.
/// </summary>
public interface IWaybillStore
{
    /// <summary>
    /// Reserves up to <paramref name="count"/> ready orders holding no waybill and no live reservation (one younger
    /// than <paramref name="staleBefore"/>, or one whose job is queued), earliest ship-by first, then oldest, and
    /// returns them in that order.
    /// </summary>
    Task<IReadOnlyList<Order>> ReserveForWaybillsAsync(string batchId, string printer, int count, DateTimeOffset now, DateTimeOffset staleBefore, CancellationToken cancellationToken);

    /// <summary>
    /// In one transaction: the order's waybill becomes <paramref name="trackingNumber"/>, the parcel is recorded and
    /// <paramref name="job"/> is queued. Asked again for the same batch and order, returns the job already queued.
    /// Null when the batch no longer holds the order's reservation or the order is no longer ready without a waybill
    /// (a station took it meanwhile): nothing is stored then.
    /// </summary>
    Task<PrintJob?> RecordWaybillAsync(string batchId, string orderId, string trackingNumber, NewPrintJob job, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Gives up the batch's reservation of an order that got no waybill (no number, or its label failed).</summary>
    Task ReleaseWaybillReservationAsync(string batchId, string orderId, CancellationToken cancellationToken);
}
