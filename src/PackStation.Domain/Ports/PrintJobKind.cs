namespace PackStation.Domain.Ports;

public enum PrintJobKind
{
    /// <summary>A shipping label or e-waybill, printed once.</summary>
    Label,

    /// <summary>An explicit reprint someone asked for (a new job with the same bytes).</summary>
    Reprint,

    /// <summary>A packing slip on a receipt printer.</summary>
    Slip,
}
