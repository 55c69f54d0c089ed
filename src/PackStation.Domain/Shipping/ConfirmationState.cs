namespace PackStation.Domain.Shipping;

public enum ConfirmationState
{
    /// <summary>Waiting to be written back to the shop (or waiting for a retry).</summary>
    Pending,

    /// <summary>The shop has the tracking number.</summary>
    Delivered,

    /// <summary>The shop refused it for good; a supervisor must look (the message is kept).</summary>
    Parked,
}
