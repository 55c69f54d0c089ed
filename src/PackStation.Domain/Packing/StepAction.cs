namespace PackStation.Domain.Packing;

/// <summary>What the station runtime must do after a session step (the session itself does no I/O).</summary>
public enum StepAction
{
    None,

    /// <summary>Claim the order the scan named (an order id, tote or waybill), then call Start.</summary>
    ClaimScannedOrder,

    /// <summary>Claim the next order by priority, then call Start.</summary>
    ClaimNextOrder,

    /// <summary>Obtain a tracking number and print the label, then call LabelPrinted.</summary>
    PrintLabel,

    /// <summary>Print the current parcel's label again, same tracking number.</summary>
    ReprintLabel,

    /// <summary>Obtain a new tracking number for an extra parcel and print it, then call LabelPrinted.</summary>
    PrintNewParcel,

    /// <summary>The order is packed: store it as packed and queue the shipment confirmation.</summary>
    CompleteOrder,

    /// <summary>Give the order back to the queue (cancel at the station).</summary>
    ReleaseOrder,

    /// <summary>Put the order on hold with the reason in the step's events.</summary>
    HoldOrder,
}
