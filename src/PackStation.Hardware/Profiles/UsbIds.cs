namespace PackStation.Hardware.Profiles;

/// <summary>USB vendor and product id as four hex digits each ("0c2e", "0b61"), used by <c>packstation devices</c> to match.</summary>
public sealed record UsbIds(string VendorId, string ProductId);
