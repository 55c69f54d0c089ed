using PackStation.Domain.Orders;

namespace PackStation.Domain.Privacy;

/// <summary>
/// The privacy rules for platform receivers, in one place (docs/taobao.md "Privacy rules"):
/// <list type="number">
/// <item>A receiver is <em>protected</em> when the platform gave an OAID or any of name, phone and address is masked;
/// a protected receiver stays protected (nothing in PackStation unmasks, decrypts or guesses it).</item>
/// <item>Masked text is shown as it came, never completed or re-masked into something that looks whole.</item>
/// <item>An e-waybill for a protected receiver is asked by OAID and trade id (<see cref="WaybillRecipient"/>);
/// masked text is never sent to a waybill API as a name, phone or address.</item>
/// <item>PackStation never renders its own shipping label for a protected receiver
/// (<see cref="CanRenderOwnLabel"/>): the platform's print component prints the e-waybill from the encrypted print
/// data.</item>
/// </list>
/// </summary>
public static class ReceiverPrivacy
{
    /// <summary>The characters platforms mask with: '*' (Taobao, Pinduoduo, Douyin) and its full-width form.</summary>
    private static readonly char[] MaskCharacters = ['*', '＊'];

    /// <summary>True when the text carries a platform mask ("陈*平", "13*******23", "白虎路*-*").</summary>
    public static bool IsMasked(string? text) => text is not null && text.IndexOfAny(MaskCharacters) >= 0;

    /// <summary>True when any of the receiver's name, phone or address is masked.</summary>
    public static bool HasMaskedFields(Recipient recipient)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        return IsMasked(recipient.Name) || IsMasked(recipient.Phone) || IsMasked(recipient.Address);
    }

    /// <summary>The receiver with <see cref="Recipient.Protected"/> set where an OAID or a masked field says so.</summary>
    public static Recipient Protect(Recipient recipient)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        var oaid = string.IsNullOrWhiteSpace(recipient.Oaid) ? null : recipient.Oaid.Trim();
        var isProtected = recipient.Protected || oaid is not null || HasMaskedFields(recipient);
        return recipient with { Oaid = oaid, Protected = isProtected };
    }

    /// <summary>PackStation may render the order's shipping label itself only for a receiver it knows in the clear.</summary>
    public static bool CanRenderOwnLabel(Order order)
    {
        ArgumentNullException.ThrowIfNull(order);
        return !order.Recipient.Protected && !HasMaskedFields(order.Recipient);
    }

    /// <summary>Why <see cref="CanRenderOwnLabel"/> said no, for the station screen and the log (no receiver text in it).</summary>
    public static string OwnLabelRefusal(Order order)
    {
        ArgumentNullException.ThrowIfNull(order);
        return $"Order {order.Id}: the shop protects this receiver (masked name, phone or address), so PackStation " +
            "cannot print its label; set this printer to the platform's print component (profile " +
            "cainiao-print-component) so the e-waybill prints from the platform's encrypted data.";
    }

    /// <summary>How an e-waybill request names the receiver: by OAID and trade id, or in plain text when known.</summary>
    public static WaybillRecipient WaybillRecipient(Order order)
    {
        ArgumentNullException.ThrowIfNull(order);
        var recipient = order.Recipient;
        if (recipient.Oaid is { Length: > 0 } oaid)
            return new WaybillRecipient.ByOaid(oaid, order.ExternalId);
        if (recipient.Protected || HasMaskedFields(recipient))
            return new WaybillRecipient.Refused(
                $"order {order.Id}: the receiver is masked and the shop gave no OAID, so no e-waybill can be asked " +
                "for it (masked text is never sent as a receiver); sync the order again or print it in the seller centre");
        return new WaybillRecipient.Plain(recipient);
    }
}
