namespace PackStation.Domain.Packing;

/// <summary>The step a station is at.</summary>
public enum SessionState
{
    /// <summary>Nobody is logged in: waiting for a badge.</summary>
    LoggedOut,

    /// <summary>A packer is logged in with no order: waiting for an order, tote or waybill scan, or "next".</summary>
    Idle,

    /// <summary>Scanning items against the order lines.</summary>
    Verifying,

    /// <summary>Every line is verified; waiting for a stable weight within tolerance.</summary>
    Weighing,

    /// <summary>Weight accepted; the label is being obtained and printed.</summary>
    Labelling,

    /// <summary>The label is printed; waiting for the packer to scan it on the parcel.</summary>
    Confirming,
}
