namespace PackStation.Shops.Carriers.Cainiao;

/// <summary>
/// No e-waybill can be asked for this parcel as it stands (a masked receiver without OAID, an OAID the platform
/// refuses, print data missing or unreadable). The message names the order and the cause, never receiver data or
/// print data; the parcel waits and nothing is printed.
/// </summary>
public sealed class WaybillRefusedException : Exception
{
    public WaybillRefusedException() : this("the e-waybill was refused") { }

    public WaybillRefusedException(string message) : base(message) { }

    public WaybillRefusedException(string message, Exception inner) : base(message, inner) { }
}
