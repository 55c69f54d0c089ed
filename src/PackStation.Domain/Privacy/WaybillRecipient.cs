using PackStation.Domain.Orders;

namespace PackStation.Domain.Privacy;

/// <summary>How an e-waybill request may name the receiver (<see cref="ReceiverPrivacy.WaybillRecipient"/>).</summary>
public abstract record WaybillRecipient
{
    private WaybillRecipient() { }

    /// <summary>The platform's OAID with the trade it came with: the platform fills in the real receiver.</summary>
    public sealed record ByOaid(string Oaid, string TradeId) : WaybillRecipient;

    /// <summary>The receiver in the clear (orders that have it: other shops, files with whole addresses).</summary>
    public sealed record Plain(Recipient Recipient) : WaybillRecipient;

    /// <summary>Neither: the receiver is masked without an OAID. The reason names the order, not the receiver.</summary>
    public sealed record Refused(string Reason) : WaybillRecipient;
}
