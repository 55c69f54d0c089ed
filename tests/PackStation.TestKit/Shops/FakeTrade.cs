namespace PackStation.TestKit.Shops;

/// <summary>A trade as the fake TOP keeps it (times in GMT+8 when printed).</summary>
public sealed class FakeTrade
{
    public required string Tid { get; init; }
    public string Status { get; set; } = "WAIT_SELLER_SEND_GOODS";
    public DateTimeOffset Created { get; init; }
    public DateTimeOffset Modified { get; set; }
    public DateTimeOffset? PayTime { get; set; }
    /// <summary>The real receiver, which the fake TOP never sends while <see cref="Protected"/> (as Taobao does today).</summary>
    public string ReceiverName { get; init; } = "张小燕";
    public string ReceiverMobile { get; init; } = "13812345678";
    public string ReceiverAddress { get; init; } = "文三路90号3单元501";

    /// <summary>
    /// Taobao protects the receiver (the default, as for every self-hosted app today): name, phone and address come
    /// masked and the trade carries an OAID. False: a trade whose app may see the receiver in the clear.
    /// </summary>
    public bool Protected { get; init; } = true;

    /// <summary>The OAID the fake TOP gives this trade (derived from receiver and trade, as the platform's is).</summary>
    public string Oaid => FakeOaids.For(this);
    public List<FakeSubOrder> Orders { get; init; } = [new("CY-26-RED-50", "内蒙古山羊绒线 50g 正红", 2)];
    public string? InvoiceNo { get; set; }
    public string? CompanyCode { get; set; }
    public int ShipCalls { get; set; }

    /// <summary>Replaces the trade JSON in fullinfo answers (malformed or incomplete trades).</summary>
    public string? RawJson { get; set; }
}

public sealed record FakeSubOrder(string OuterSkuId, string Title, int Num, string RefundStatus = "NO_REFUND");
